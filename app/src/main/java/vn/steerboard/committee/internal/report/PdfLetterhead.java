package vn.steerboard.committee.internal.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.steerboard.committee.internal.report.ReportDocument.Form;

/**
 * The frame of an administrative document on the page (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuer and the
 * number on the left, the national name and motto and the place and date on the right, the kind and summary centred;
 * after the body, the recipients on the left and the signature on the right.
 */
final class PdfLetterhead {

    /** The left column (issuer, recipients) takes this share of the text width, the right one the rest. */
    private static final float LEFT_SHARE = 0.40f;

    private final PdfCanvas canvas;

    PdfLetterhead(PdfCanvas canvas) {
        this.canvas = canvas;
    }

    private record Line(String text, PDFont font, float size, float rule) {
    }

    void head(Form form) throws IOException {
        float top = canvas.y();
        float leftWidth = PdfCanvas.WIDTH * LEFT_SHARE;
        float rightX = PdfCanvas.LEFT + leftWidth;
        float rightWidth = PdfCanvas.WIDTH - leftWidth;
        List<Line> left = new ArrayList<>();
        if (form.parentBody() != null && !form.parentBody().isBlank()) {
            wrap(left, form.parentBody(), canvas.regular, 11.5f, leftWidth - 4, 0);
        }
        wrap(left, form.issuer(), canvas.bold, 11.5f, leftWidth - 4, 0.35f);
        left.add(new Line(form.number(), canvas.regular, 12, 0));
        List<Line> right = new ArrayList<>();
        right.add(new Line(form.nation(), canvas.bold, 11.5f, 0));
        right.add(new Line(form.motto(), canvas.bold, 12.5f, 1));
        right.add(new Line("", canvas.regular, 6, 0));
        right.add(new Line(form.placeAndDate(), canvas.italic, 12.5f, 0));
        float bottom = Math.min(column(left, PdfCanvas.LEFT, leftWidth, top), column(right, rightX, rightWidth, top));
        canvas.y(bottom - 18);
        List<Line> title = new ArrayList<>();
        title.add(new Line(form.kind(), canvas.bold, 14, 0));
        wrap(title, form.summary(), canvas.bold, 13, PdfCanvas.WIDTH * 0.85f, 0.25f);
        canvas.y(column(title, PdfCanvas.LEFT, PdfCanvas.WIDTH, canvas.y()) - 14);
    }

    void signature(Form form) throws IOException {
        float leftWidth = PdfCanvas.WIDTH * LEFT_SHARE;
        float rightWidth = PdfCanvas.WIDTH - leftWidth;
        List<Line> recipients = new ArrayList<>();
        recipients.add(new Line(form.recipientsHeading(), canvas.boldItalic, 12, 0));
        for (String recipient : form.recipients()) {
            wrap(recipients, recipient, canvas.regular, 11, leftWidth - 4, 0);
        }
        List<Line> signer = new ArrayList<>();
        wrap(signer, form.signerCapacity(), canvas.bold, 13, rightWidth - 4, 0);
        wrap(signer, form.signerPosition(), canvas.bold, 13, rightWidth - 4, 0);
        signer.add(new Line("", canvas.regular, 13, 0));
        signer.add(new Line(form.signed(), canvas.italic, 13, 0));
        signer.add(new Line("", canvas.regular, 13, 0));
        if (form.signerName() != null && !form.signerName().isBlank()) {
            signer.add(new Line(form.signerName(), canvas.bold, 13, 0));
        }
        canvas.ensure(Math.max(recipients.size() * 14, signer.size() * 17) + 20);
        float top = canvas.y() - 10;
        float bottom = Math.min(leftAligned(recipients, PdfCanvas.LEFT, top),
                column(signer, PdfCanvas.LEFT + leftWidth, rightWidth, top));
        canvas.y(bottom);
    }

    private static void wrap(List<Line> lines, String text, PDFont font, float size, float width, float rule)
            throws IOException {
        List<String> wrapped = PdfText.wrap(text, font, size, width);
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(new Line(wrapped.get(i), font, size, i == wrapped.size() - 1 ? rule : 0));
        }
    }

    /** Centred lines in a column from {@code top}; a line's rule (a share of its width) is drawn under it. */
    private float column(List<Line> lines, float x, float width, float top) throws IOException {
        float y = top;
        for (Line line : lines) {
            // a line wider than its column is set smaller rather than spill into the other column
            float natural = PdfText.width(line.text(), line.font(), line.size());
            float size = natural > width - 4 ? line.size() * (width - 4) / natural : line.size();
            y -= line.size() * 1.3f;
            canvas.centred(line.text(), line.font(), size, x, width, y);
            if (line.rule() > 0) {
                float length = PdfText.width(line.text(), line.font(), size) * line.rule();
                float from = x + (width - length) / 2;
                canvas.line(from, from + length, y - 4);
                y -= 5;
            }
        }
        return y;
    }

    private float leftAligned(List<Line> lines, float x, float top) throws IOException {
        float y = top;
        for (Line line : lines) {
            y -= line.size() * 1.3f;
            canvas.centred(line.text(), line.font(), line.size(), x, PdfText.width(line.text(), line.font(), line.size()), y);
        }
        return y;
    }
}

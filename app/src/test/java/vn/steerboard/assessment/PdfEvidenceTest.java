package vn.steerboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.junit.jupiter.api.Test;
import vn.steerboard.assessment.internal.EvidenceFiles;
import vn.steerboard.common.InvalidParameterException;

/**
 * PDF evidence read by a parser: PDFs built here with PDFBox, a plain one accepted; one with a JavaScript action, a
 * launch action, an embedded file, one encrypted and one damaged refused, each naming the file. The JavaScript action
 * of one of them sits in a compressed object stream, where a search of the file's bytes finds no "/JavaScript".
 */
class PdfEvidenceTest {

    interface Setup {
        void on(PDDocument document) throws IOException;
    }

    /** A one-page PDF saying a line of text, with what {@code setup} adds, saved with or without object streams. */
    static byte[] pdf(Setup setup, boolean objectStreams) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("Bao cao chuyen doi so 2026");
                text.endText();
            }
            setup.on(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, objectStreams ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] scriptInObjectStream() {
        return pdf(d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.launchURL('https://x.invalid')")),
                true);
    }

    private static String refusal(String name, byte[] content) {
        try {
            EvidenceFiles.check(name, content);
        } catch (InvalidParameterException e) {
            assertThat(e.parameter()).isEqualTo("file");
            assertThat(e.value()).isEqualTo(name);
            return e.reason().key();
        }
        throw new AssertionError(name + " was accepted");
    }

    @Test
    void aPlainPdfIsAcceptedWithOrWithoutObjectStreams() {
        assertThat(EvidenceFiles.check("bao-cao.pdf", pdf(d -> { }, false)).contentType()).isEqualTo("application/pdf");
        assertThat(EvidenceFiles.check("bao-cao.pdf", pdf(d -> { }, true)).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aScriptInACompressedObjectStreamIsFoundWhereTheBytesShowNothing() {
        byte[] hidden = scriptInObjectStream();
        String bytes = new String(hidden, StandardCharsets.ISO_8859_1);
        assertThat(bytes).as("a byte search would pass it").doesNotContain("/JavaScript", "/JS", "app.launchURL");
        assertThat(refusal("bao-cao-an.pdf", hidden)).isEqualTo("assessment.agency.problem.activePdf");
        byte[] plain = pdf(d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)")), false);
        assertThat(refusal("bao-cao-ro.pdf", plain)).isEqualTo("assessment.agency.problem.activePdf");
    }

    @Test
    void launchActionsAndEmbeddedFilesAreRefused() {
        byte[] launch = pdf(d -> {
            PDActionLaunch action = new PDActionLaunch();
            PDSimpleFileSpecification program = new PDSimpleFileSpecification();
            program.setFile("cmd.exe");
            action.setFile(program);
            d.getDocumentCatalog().setOpenAction(action);
        }, true);
        assertThat(refusal("khoi-chay.pdf", launch)).isEqualTo("assessment.agency.problem.activePdf");
        byte[] embedded = pdf(d -> {
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("so-lieu.exe");
            file.setEmbeddedFile(new PDEmbeddedFile(d, new ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII))));
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("so-lieu.exe", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            d.getDocumentCatalog().setNames(names);
        }, true);
        assertThat(refusal("tep-nhung.pdf", embedded)).isEqualTo("assessment.agency.problem.activePdf");
    }

    @Test
    void encryptedAndUnreadablePdfsAreRefusedNamingTheFile() {
        for (String user : new String[] {"mat-khau", ""}) {
            byte[] encrypted = pdf(d -> {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", user, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                d.protect(policy);
            }, false);
            assertThat(refusal("ma-hoa.pdf", encrypted)).as("user password '" + user + "'")
                    .isEqualTo("assessment.agency.problem.encryptedPdf");
        }
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nkhong phai PDF".getBytes(StandardCharsets.US_ASCII);
        assertThat(refusal("hong.pdf", damaged)).isEqualTo("assessment.agency.problem.unreadablePdf");
        assertThatThrownBy(() -> EvidenceFiles.check("hong.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidParameterException.class);
    }
}

package vn.steerboard.committee.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.steerboard.committee.internal.report.ReportDocument;
import vn.steerboard.committee.internal.report.ReportDocument.Block;
import vn.steerboard.committee.internal.report.ReportDocument.Paragraph;
import vn.steerboard.committee.internal.report.ReportDocument.Section;
import vn.steerboard.delivery.LeagueKind;
import vn.steerboard.programme.League;

/**
 * The committee's meeting document as of a day, in the form of an administrative report (Nghị định 30/2020/NĐ-CP):
 * letterhead, a body of written assessment with its tables and charts (tasks, indicators, database quality,
 * Decision 766 delivery, the composite leagues of provinces and ministries), proposals, recipients and signature.
 * Everything is read as of the day, so the same day gives the same document.
 */
@Component
@EnableConfigurationProperties(MeetingDocumentSettings.class)
class MeetingDocument {

    private final CommitteeFigures figures;
    private final DeliveryStandings delivery;
    private final MeetingTables tables;
    private final MeetingAssessment assessment;
    private final ReportText text;
    private final MeetingDocumentSettings settings;

    MeetingDocument(CommitteeFigures figures, DeliveryStandings delivery, MeetingTables tables, MeetingAssessment assessment,
            ReportText text, MeetingDocumentSettings settings) {
        this.figures = figures;
        this.delivery = delivery;
        this.tables = tables;
        this.assessment = assessment;
        this.text = text;
        this.settings = settings;
    }

    ReportDocument build(LocalDate asOf) {
        MeetingFacts f = MeetingFacts.of(figures, delivery, asOf);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("", paragraphs(List.of(t("report.intro", ReportText.day(asOf), ReportText.day(f.previous()))))));
        sections.add(section("report.results.section", List.of()));
        sections.add(section("report.tasks.section", join(paragraphs(assessment.tasks(f)),
                List.of(tables.tasks(f.tasks()), tables.onTime(asOf)))));
        sections.add(section("report.overdue.section", List.of(tables.overdue(asOf))));
        sections.add(section("report.kpi.section", join(paragraphs(assessment.indicators(f)),
                List.of(tables.indicators(f.kpis())))));
        sections.add(section("report.quality.section", paragraphs(List.of(assessment.quality(f)))));
        sections.add(section("report.delivery.section", join(paragraphs(List.of(assessment.delivery(f))),
                List.of(tables.deliveryChart(asOf), tables.delivery(asOf, LeagueKind.PROVINCES),
                        tables.delivery(asOf, LeagueKind.MINISTRIES)))));
        sections.add(section("report.league.section", join(paragraphs(List.of(t("report.league.method"),
                assessment.composite(f))), List.of(tables.compositeChart(asOf, League.PROVINCES, t("report.league.chart")),
                        tables.composite(asOf, League.PROVINCES), tables.composite(asOf, League.MINISTRIES)))));
        sections.add(section("report.overall.section", paragraphs(assessment.overall(f))));
        sections.add(section("report.propose.section", paragraphs(assessment.proposals(f))));
        return new ReportDocument(t("report.title"), t("report.subtitle", ReportText.day(asOf)), asOf, sections, form(asOf));
    }

    private ReportDocument.Form form(LocalDate asOf) {
        String symbol = or(settings.getSymbol(), t("report.form.symbol"));
        String number = settings.getNumber().isBlank() ? t("report.form.numberBlank", symbol)
                : t("report.form.number", settings.getNumber(), symbol);
        List<String> recipients = settings.getRecipients().isEmpty()
                ? Arrays.asList(t("report.form.recipients").split("\\|")) : settings.getRecipients();
        return new ReportDocument.Form(settings.getParentBody(), or(settings.getIssuer(), t("report.form.issuer")), number,
                t("report.form.nation"), t("report.form.motto"),
                text.placeAndDate(or(settings.getPlace(), t("report.form.place")), asOf), t("report.form.kind"),
                t("report.subtitle", ReportText.day(asOf)), t("report.form.recipientsHeading"), recipients,
                or(settings.getSignerCapacity(), t("report.form.capacity")),
                or(settings.getSignerPosition(), t("report.form.position")), t("report.form.signed"),
                settings.getSignerName());
    }

    private Section section(String key, List<Block> blocks) {
        return new Section(t(key), blocks);
    }

    private static List<Block> paragraphs(List<String> texts) {
        return texts.stream().map(p -> (Block) new Paragraph(p)).toList();
    }

    private static List<Block> join(List<Block> first, List<? extends Block> then) {
        List<Block> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private String t(String key, Object... args) {
        return text.t(key, args);
    }
}

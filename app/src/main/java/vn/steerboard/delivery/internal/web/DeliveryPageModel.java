package vn.steerboard.delivery.internal.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.PageRequest;
import vn.steerboard.delivery.DeliveryDossiers;
import vn.steerboard.delivery.DeliveryIndex;
import vn.steerboard.delivery.DisplayGroup;
import vn.steerboard.delivery.IndexPeriod;
import vn.steerboard.delivery.LeagueKind;
import vn.steerboard.delivery.SubIndicator;
import vn.steerboard.delivery.SubIndicatorScore;
import vn.steerboard.delivery.UnitIndex;
import vn.steerboard.delivery.UnitPage;
import vn.steerboard.delivery.internal.DeliveryTexts;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/** The delivery pages' models: the league, a unit's page, the dossiers behind a figure. */
@Component
class DeliveryPageModel {

    private final DeliveryIndex index;
    private final DeliveryDossiers dossiers;
    private final Registry registry;
    private final DeliveryTexts texts;
    private volatile List<OrgUnit> provinces;

    DeliveryPageModel(DeliveryIndex index, DeliveryDossiers dossiers, Registry registry, DeliveryTexts texts) {
        this.index = index;
        this.dossiers = dossiers;
        this.registry = registry;
        this.texts = texts;
    }

    /** The period as code (for links) and in words. */
    private void periodModel(IndexPeriod period, AsOf asOf, Model model) {
        model.addAttribute("period", period.label());
        model.addAttribute("periodName", PeriodChoices.name(period, texts));
        model.addAttribute("asOf", asOf.param());
    }

    /** The choices of the league's period form (its full page only: the live fragment has no form). */
    void periodForm(IndexPeriod period, AsOf asOf, Model model) {
        boolean custom = PeriodChoices.isCustom(period);
        model.addAttribute("periodYears", PeriodChoices.around(asOf.day(), period, texts));
        model.addAttribute("periodCustom", custom);
        model.addAttribute("periodFrom", custom ? period.from().toString() : "");
        model.addAttribute("periodTo", custom ? period.to().toString() : "");
    }

    /** The provinces of the page's choice, read once: the tree changes only by migration (as Registry keeps it). */
    private List<OrgUnit> provinces() {
        List<OrgUnit> read = provinces;
        if (read == null) {
            read = List.copyOf(registry.all(OrgUnitType.PROVINCE, null));
            provinces = read;
        }
        return read;
    }

    void league(LeagueKind kind, String province, IndexPeriod period, AsOf asOf, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", LeagueKind.values());
        model.addAttribute("province", province);
        model.addAttribute("provinces", provinces());
        periodModel(period, asOf, model);
        model.addAttribute("groups", DisplayGroup.values());
        model.addAttribute("lines", new LeagueLines(DeliveryTexts.locale(), texts.get("delivery.notComputable"))
                .lines(index.league(kind, province, period, asOf), period.label(), asOf.param()));
    }

    void unit(String code, IndexPeriod period, AsOf asOf, Model model) {
        UnitPage page = index.page(code, period, 12, asOf);
        UnitIndex unit = page.index();
        model.addAttribute("unit", unit);
        periodModel(period, asOf, model);
        model.addAttribute("groups", DisplayGroup.values());
        UnitLines lines = new UnitLines(DeliveryTexts.locale(), texts.get("delivery.notComputable"));
        model.addAttribute("trend", lines.trend(page.trend()));
        List<SubIndicatorScore> weakest = unit.indicators().stream()
                .filter(s -> s.computable() && s.indicator().scored() && s.gainAtThreshold() > 0.005)
                .sorted(Comparator.comparingDouble(SubIndicatorScore::gainAtThreshold).reversed()).limit(5).toList();
        model.addAttribute("weakest", weakest);
        boolean canDrill = dossiersReadable(code);
        model.addAttribute("canDrill", canDrill);
        model.addAttribute("rows", lines.rows(unit, canDrill, period.label(), asOf.param()));
    }

    void dossiers(String code, IndexPeriod period, SubIndicator row, AsOf asOf, Integer page, Model model) {
        model.addAttribute("unit", index.unit(code, period, asOf));
        model.addAttribute("row", row);
        periodModel(period, asOf, model);
        model.addAttribute("page", dossiers.list(code, period, row, asOf, PageRequest.of(page, 50, 50)));
    }

    private boolean dossiersReadable(String code) {
        return dossiers.readable(code);
    }
}

package vn.steerboard.common.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.common.FiguresChangedElsewhere;

/** What a notification may carry: only what this application writes; everything else is refused. */
class ChangeNoticeTest {

    private static final String NODE = UUID.randomUUID().toString();

    @Test
    void aNoticeTravelsAndComesBackTheSame() {
        ChangeNotice unit = ChangeNotice.of(NODE, "indicators", "00004").orElseThrow();
        assertThat(ChangeNotice.decode(unit.encode())).contains(unit);
        ChangeNotice area = ChangeNotice.of(NODE, "tasks", null).orElseThrow();
        assertThat(area.encode()).isEqualTo(NODE + "|tasks|");
        assertThat(ChangeNotice.decode(area.encode())).contains(area);
    }

    @Test
    void aPayloadFromTheDatabaseIsHostileUntilItIsANotice() {
        List<String> hostile = new ArrayList<>(List.of("", "|||", NODE + "|indicators", NODE + "|indicators|01|x",
                "not-a-node|indicators|01", NODE.toUpperCase() + "|indicators|01", NODE + "|secrets|01",
                NODE + "|INDICATORS|01", NODE + "| indicators|01", NODE + "|indicators|01 ", NODE + "|indicators|<script>",
                NODE + "|indicators|01'; DROP TABLE submission;--", NODE + "|indicators|" + "1".repeat(17),
                NODE + "|indicators|0\u00001", NODE + "|indicators|Hà_Nội", NODE + "\n|indicators|01"));
        hostile.add(NODE + "|indicators|01" + "|".repeat(ChangeNotice.MAX_LENGTH));
        hostile.add("x".repeat(8000));
        hostile.add(null);
        for (String payload : hostile) {
            assertThat(ChangeNotice.decode(payload)).as(String.valueOf(payload)).isEmpty();
        }
        assertThat(ChangeNotice.of(NODE, "quality", "unit with spaces")).isEmpty();
        assertThat(ChangeNotice.of(NODE, null, "01")).isEmpty();
    }

    @Test
    void everyAreaAModulePublishesCanTravel() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(FiguresChanged.class));
        List<String> checked = new ArrayList<>();
        for (BeanDefinition found : scan.findCandidateComponents("vn.steerboard")) {
            Class<?> type = Class.forName(found.getBeanClassName());
            if (type == FiguresChangedElsewhere.class || !type.isRecord()) {
                continue;
            }
            FiguresChanged event = (FiguresChanged) instance(type);
            assertThat(ChangeNotice.AREAS).as(type.getName()).contains(event.area());
            checked.add(type.getSimpleName());
        }
        assertThat(checked).contains("SubmissionApproved", "TaskAccepted", "ScanCompleted", "TargetChanged");
    }

    @Test
    void aChannelIsAnIdentifierWhateverTheSchemaIsCalled() {
        assertThat(ChangeNoticeStore.channelOf("public")).isEqualTo("steerboard_figures");
        assertThat(ChangeNoticeStore.channelOf("two_nodes")).isEqualTo("steerboard_figures_two_nodes");
        assertThat(ChangeNoticeStore.channelOf("x\"; NOTIFY evil; --")).matches("steerboard_figures_[0-9a-f]{1,8}");
    }

    private static Object instance(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = types[i] == int.class ? 0 : types[i] == long.class ? 0L : types[i] == double.class ? 0.0
                    : types[i] == boolean.class ? false : null;
        }
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(args);
    }
}

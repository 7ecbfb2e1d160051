package vn.steerboard.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's -Dbench.jfr path is typed by hand: only a new .jfr file in an existing directory is written. */
class RecordingFileTest {

    @TempDir
    Path dir;

    @Test
    void onlyANewJfrFileInAnExistingDirectoryIsTaken() throws Exception {
        assertThat(BenchRecording.recordingFile(null)).isNull();
        assertThat(BenchRecording.recordingFile(dir.resolve("imports.jfr").toString()))
                .isEqualTo(dir.resolve("imports.jfr").toAbsolutePath().normalize().toString());
        Path existing = Files.writeString(dir.resolve("kept.jfr"), "not to be overwritten");
        Path source = Files.writeString(dir.resolve("pom.xml"), "<project/>");
        for (String hostile : new String[] {existing.toString(), source.toString(), dir.resolve("x.jfr/../pom.xml").toString(),
                dir.resolve("no-such-dir/imports.jfr").toString(), dir.toString()}) {
            assertThatThrownBy(() -> BenchRecording.recordingFile(hostile)).as(hostile)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bench.jfr");
        }
        // links are refused whether they point at a file that exists or at none (a dangling one would create it)
        Path toSource = Files.createSymbolicLink(dir.resolve("to-pom.jfr"), source);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.jfr"), dir.resolve("elsewhere/created.jfr"));
        for (String hostile : new String[] {toSource.toString(), dangling.toString(), "", "x\u0000.jfr",
            dir + "/imports.jfr\u0000.txt"}) {
            assertThatThrownBy(() -> BenchRecording.recordingFile(hostile)).as(hostile)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bench.jfr");
        }
        assertThat(Files.exists(dir.resolve("elsewhere"))).isFalse();
        assertThat(Files.readString(existing)).isEqualTo("not to be overwritten");
        assertThat(Files.readString(source)).isEqualTo("<project/>");
    }
}

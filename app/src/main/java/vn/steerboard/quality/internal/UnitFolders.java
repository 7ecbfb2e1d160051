package vn.steerboard.quality.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.steerboard.common.InvalidParameterException;

/**
 * The units' folders under {@code steerboard.quality.files-root}, where FILE sources live: a source reads only a
 * regular file of its owner unit's folder, after following every symbolic link and {@code ..}; a missing file and
 * a forbidden one get the same answer. Uploads land there under a plain name, bounded in size.
 */
@Component
public class UnitFolders {

    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,120}\\.(csv|parquet)",
            Pattern.CASE_INSENSITIVE);
    static final String NO_SUCH_FILE = "no readable .csv or .parquet file of that name in the unit's folder"
            + " (upload it with PUT /api/quality/units/{unit}/files/{name}, or have an operator place it there)";

    private final Path filesRoot;
    private final long maxUploadBytes;

    UnitFolders(@Value("${steerboard.quality.files-root:${steerboard.data-dir:./data}/quality-files}") String filesRoot,
            @Value("${steerboard.quality.max-upload-bytes:524288000}") long maxUploadBytes) {
        this.filesRoot = Path.of(filesRoot).toAbsolutePath().normalize();
        this.maxUploadBytes = maxUploadBytes;
    }

    /** The unit's folder (created when missing), resolved to its real path. */
    public Path unitFolder(String unit) {
        if (unit == null || !UNIT.matcher(unit).matches()) {
            throw InvalidParameterException.field("unit", unit, "a unit code").because("reason.unit.code");
        }
        try {
            Path folder = filesRoot.resolve(unit);
            Files.createDirectories(folder);
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the unit's folder under " + filesRoot, e);
        }
    }

    /**
     * The file a FILE source names, inside the owner unit's folder after every link and {@code ..} is followed;
     * the same 400 whether it does not exist or lies outside.
     */
    public Path requireFile(String unit, String location) {
        return resolveFile(unit, location).orElseThrow(() -> InvalidParameterException.field("location", location,
                NO_SUCH_FILE).because("reason.file.noSuchFile"));
    }

    public Optional<Path> resolveFile(String unit, String location) {
        if (location == null || location.isBlank() || location.length() > 500 || location.indexOf('\0') >= 0
                || !location.strip().toLowerCase(Locale.ROOT).matches(".+\\.(csv|parquet)")) {
            return Optional.empty();
        }
        try {
            Path folder = unitFolder(unit);
            Path candidate = folder.resolve(location.strip());
            Path real = candidate.toRealPath();
            if (!real.startsWith(folder) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) || !Files.isReadable(real)
                    || !real.getFileName().toString().toLowerCase(Locale.ROOT).matches(".+\\.(csv|parquet)")) {
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores an uploaded file in the unit's folder under a plain name; replaces a file (or link) of that name. */
    public Map<String, Object> storeUpload(String unit, String fileName, InputStream content) {
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        if (!FILE_NAME.matcher(name).matches()) {
            throw InvalidParameterException.field("file", fileName, "a plain .csv or .parquet file name (letters, digits,"
                    + " '.', '_', '-')").because("reason.file.plainName");
        }
        Path folder = unitFolder(unit);
        try {
            Path temporary = Files.createTempFile(folder, ".upload-", ".part");
            try {
                long size;
                try (InputStream in = content; var out = Files.newOutputStream(temporary)) {
                    size = copyAtMost(in, out, maxUploadBytes);
                }
                if (size < 0) {
                    throw InvalidParameterException.field("file", name, "larger than " + maxUploadBytes + " bytes")
                            .because("reason.file.tooLarge", maxUploadBytes)
                            .refusing(vn.steerboard.common.FileRefusal.TOO_LARGE);
                }
                if (size == 0) { // also what a form-encoded body leaves: the servlet container takes it as parameters
                    throw InvalidParameterException.field("file", name, "the file is empty: send its bytes as the request"
                            + " body with Content-Type text/csv or application/octet-stream").because("reason.file.empty")
                            .refusing(vn.steerboard.common.FileRefusal.EMPTY);
                }
                Path target = folder.resolve(name);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Map<String, Object> stored = new LinkedHashMap<>();
                stored.put("unit", unit);
                stored.put("location", name);
                stored.put("bytes", size);
                return stored;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the file in the unit's folder", e);
        }
    }

    private static long copyAtMost(InputStream in, java.io.OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > limit) {
                return -1;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    /** The plain files of the unit's folder (no links, no sub-folders). */
    public List<Map<String, Object>> files(String unit) {
        Path folder = unitFolder(unit);
        List<Map<String, Object>> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && FILE_NAME.matcher(p.getFileName().toString()).matches()) {
                    files.add(Map.of("location", p.getFileName().toString(), "bytes", Files.size(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public Path filesRoot() {
        return filesRoot;
    }
}

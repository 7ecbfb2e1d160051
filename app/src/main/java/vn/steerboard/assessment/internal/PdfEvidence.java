package vn.steerboard.assessment.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF evidence file read by a parser (Apache PDFBox), not searched for bytes: every object of the file is resolved,
 * those packed in compressed object streams included, where a byte search sees only deflated bytes. Refused: a
 * script (a JavaScript action, a /JS entry, the document's JavaScript name tree), a launch action, an embedded file
 * (an /EmbeddedFile stream, a file specification with /EF, the /EmbeddedFiles name tree), an encrypted file (its
 * content cannot be inspected, nor read by the reviewer without the password) and a file the parser cannot read.
 * The parser's scratch memory is bounded (main memory only, {@value #MAX_SCRATCH_BYTES} bytes): a stream that would
 * inflate past it makes the file unreadable, not the server short of memory. Page content is never rendered.
 */
final class PdfEvidence {

    /** What the inspection found. */
    enum Finding { CLEAN, ACTIVE, ENCRYPTED, UNREADABLE }

    static final long MAX_SCRATCH_BYTES = 64L * 1024 * 1024;
    private static final int MAX_DEPTH = 64;
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.EF,
            COSName.EMBEDDED_FILES);
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, LAUNCH);

    private PdfEvidence() {}

    static Finding inspect(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_SCRATCH_BYTES).streamCache)) {
            if (document.isEncrypted()) {
                return Finding.ENCRYPTED;
            }
            COSDocument cos = document.getDocument();
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            if (active(cos.getTrailer(), 0, seen)) {
                return Finding.ACTIVE;
            }
            List<COSObjectKey> keys = new ArrayList<>(cos.getXrefTable().keySet());
            for (COSObjectKey key : keys) {
                COSObject object = cos.getObjectFromPool(key);
                if (object != null && active(object.getObject(), 0, seen)) {
                    return Finding.ACTIVE;
                }
            }
            return Finding.CLEAN;
        } catch (InvalidPasswordException e) {
            return Finding.ENCRYPTED;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Finding.UNREADABLE;
        }
    }

    /** Whether the object, or a direct object inside it, is active; references are resolved by the caller's walk. */
    private static boolean active(COSBase base, int depth, Set<COSBase> seen) {
        if (base == null || base instanceof COSObject || depth > MAX_DEPTH || !seen.add(base)) {
            return false;
        }
        if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (active(array.get(i), depth + 1, seen)) {
                    return true;
                }
            }
            return false;
        }
        if (!(base instanceof COSDictionary dictionary)) {
            return false;
        }
        COSName action = dictionary.getCOSName(COSName.S);
        if (ACTIVE_KEYS.stream().anyMatch(dictionary::containsKey)
                || action != null && ACTIVE_ACTIONS.contains(action)
                || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
            return true;
        }
        for (COSBase value : dictionary.getValues()) {
            if (active(value, depth + 1, seen)) {
                return true;
            }
        }
        return false;
    }
}

package vn.steerboard.common;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.ObjectMapper;

/**
 * The SHA-256 of a value's JSON (UTF-8), the content hash of an idempotent batch: written by Jackson straight into
 * the digest, so a batch of 100,000 values is not copied into a string and then into bytes to be hashed. The bytes
 * are those of {@code writeValueAsString(value)} in UTF-8, so hashes stored before are still matched.
 */
public final class JsonDigest {

    private JsonDigest() {
    }

    public static String sha256(ObjectMapper json, Object value) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        json.writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), digest), value);
        return HexFormat.of().formatHex(digest.digest());
    }
}

package org.sitrep.app.bulletins;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files as the API sends them: a frozen file (a published issue's, the archive's) with a strong ETag, the SHA-256
 * of its bytes, answered 304 when the client holds it; a draft never cached.
 */
final class FileResponses {

    private FileResponses() {}

    /** A file that is what the archive holds: revalidated by its ETag. */
    static ResponseEntity<byte[]> frozen(byte[] bytes, HttpHeaders headers, @Nullable String ifNoneMatch) {
        String etag = etag(bytes);
        headers.setETag(etag);
        headers.setCacheControl(CacheControl.noCache());
        if (etag.equals(ifNoneMatch)) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
    }

    /** A file computed for this request only. */
    static ResponseEntity<byte[]> draft(byte[] bytes, HttpHeaders headers) {
        headers.setCacheControl(CacheControl.noStore());
        return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
    }

    /** Headers of a file of media type {@code type}, with its {@code Content-Disposition} when there is one. */
    static HttpHeaders headers(String type, @Nullable String disposition) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(type));
        if (disposition != null) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        return headers;
    }

    /** A strong ETag: the SHA-256 of the bytes. */
    static String etag(byte[] bytes) {
        try {
            return "\""
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

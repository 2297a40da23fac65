package se.linkoping.lod.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.servlet.http.HttpServletRequest;

/**
 * Reads a staff request's body up to a limit: a larger declared length is refused before a byte is
 * read, and a body that grows past the limit (sent in chunks) is refused when it does (413); a
 * client that goes away while sending ends the read (400), so nothing is parsed for it.
 */
final class RequestBody {

    private RequestBody() {
    }

    static byte[] read(HttpServletRequest request, long limit) {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (body.size() + (long) n > limit) {
                    throw tooLarge(limit);
                }
                body.write(buffer, 0, n);
            }
        } catch (IOException gone) {
            throw new WriteRefused(400, "The request body ended before it was complete; nothing was written.");
        }
        return body.toByteArray();
    }

    private static WriteRefused tooLarge(long limit) {
        return new WriteRefused(413, String.format("The body is larger than %,d bytes, the most this path takes; "
                + "nothing was written.", limit));
    }
}

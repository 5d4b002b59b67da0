package org.storygraph.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns file bytes into text, refusing binary data and bad UTF-8 instead of silently inserting U+FFFD. */
final class StrictUtf8 {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private StrictUtf8() {
    }

    /** The text of the bytes, without a leading byte order mark. */
    static String decode(byte[] bytes) throws BadInput {
        rejectBinary(bytes);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var buffer = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            // The decoder stops at the first bad byte, so the buffer position tells the user where to look.
            throw new BadInput("is not valid UTF-8 (bad byte at offset " + buffer.position()
                    + "); save it as UTF-8 and try again");
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    static void rejectBinary(byte[] bytes) throws BadInput {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                // NUL is valid UTF-8 but never appears in text; it means a binary file such as a PDF or an image.
                throw new BadInput("looks like a binary file (NUL byte at offset " + i + "), not text");
            }
        }
    }
}

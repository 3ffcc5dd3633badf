package org.kepu.content.upload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Recognises video containers by their first bytes, because a file's name proves nothing. */
final class VideoSignatures {

    static final int HEAD_BYTES = 16;

    private VideoSignatures() {}

    static boolean looksLikeVideo(byte[] head) {
        return isIsoMedia(head) || isMatroska(head) || isAvi(head) || isFlv(head);
    }

    /** MP4, MOV, M4V, 3GP: a box of type "ftyp" (or "moov"/"mdat"/"wide"/"free" first in old QuickTime). */
    private static boolean isIsoMedia(byte[] head) {
        if (head.length < 8) {
            return false;
        }
        String type = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
        return type.equals("ftyp")
                || type.equals("moov")
                || type.equals("mdat")
                || type.equals("wide")
                || type.equals("free");
    }

    private static boolean isMatroska(byte[] head) {
        return startsWith(head, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3});
    }

    private static boolean isAvi(byte[] head) {
        return head.length >= 12
                && startsWith(head, "RIFF".getBytes(StandardCharsets.ISO_8859_1))
                && new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("AVI ");
    }

    private static boolean isFlv(byte[] head) {
        return startsWith(head, "FLV".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}

package org.kepu.media.transcode;

/**
 * The uploaded file is not a video we can publish; the message is a reason a person understands.
 * Retrying cannot help: the same file is rejected again for the same reason.
 */
public class MediaRejected extends RuntimeException {

    /** Which rule the file broke, for code that wants more than the text (statistics, messages). */
    public enum Cause {
        EMPTY_FILE,
        FILE_TOO_LARGE,
        NOT_A_VIDEO,
        FORMAT_NOT_ALLOWED,
        INCOMPLETE_FILE,
        NO_VIDEO_TRACK,
        TOO_SHORT,
        TOO_LONG,
        RESOLUTION_TOO_LOW,
        RESOLUTION_TOO_HIGH,
        CODEC_NOT_ALLOWED,
        FRAME_RATE_TOO_HIGH,
        OUTPUT_TOO_LARGE,
        TIMED_OUT,
        TOO_COSTLY
    }

    static final String NOT_A_VIDEO = "文件不是可识别的视频";
    static final String NO_VIDEO_TRACK = "视频中没有画面轨道";
    static final String FORMAT_NOT_ALLOWED = "不支持的文件格式，请上传 MP4、MOV、MKV、WebM、AVI 或 FLV 视频";
    static final String INCOMPLETE_FILE = "视频文件不完整，可能在拷贝或上传时中断了，请上传完整的文件";

    private final Cause cause;
    private final String variant;
    private final Object[] arguments;

    public MediaRejected(Cause cause, String reason) {
        this(cause, reason, null);
    }

    /**
     * @param variant which of the cause's sentences, when it has several ({@code pixels}); {@code null} for its only
     * @param arguments the figures the sentence names, in the units its message says (seconds, pixels, ...)
     */
    public MediaRejected(Cause cause, String reason, String variant, Object... arguments) {
        super(reason);
        this.cause = cause;
        this.variant = variant;
        this.arguments = arguments.clone();
    }

    /** The Chinese reason shown to the creator. */
    public String reason() {
        return getMessage();
    }

    /**
     * The reason as a message code of the portal's bundles and its arguments, separated by {@code |}
     * ({@code media.rejected.TOO_LONG|754.3|600}), so that a page in another language can word it.
     */
    public String reasonCode() {
        StringBuilder code = new StringBuilder("media.rejected.").append(cause.name());
        if (variant != null) {
            code.append('.').append(variant);
        }
        for (Object argument : arguments) {
            code.append('|').append(String.valueOf(argument).replace('|', '/'));
        }
        return code.length() > 300 ? code.substring(0, 300) : code.toString();
    }

    /** The rule the file broke. */
    public Cause rejectionCause() {
        return cause;
    }
}

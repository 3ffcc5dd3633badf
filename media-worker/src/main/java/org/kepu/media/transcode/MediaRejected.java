package org.kepu.media.transcode;

/** The uploaded file is not a video we can publish; the message is a reason a person understands. */
public class MediaRejected extends RuntimeException {

    static final String NOT_A_VIDEO = "文件不是可识别的视频";
    static final String NO_VIDEO_TRACK = "视频中没有画面轨道";
    static final String FORMAT_NOT_ALLOWED = "不支持的文件格式，请上传 MP4、MOV、MKV、WebM、AVI 或 FLV 视频";

    public MediaRejected(String reason) {
        super(reason);
    }

    /** The Chinese reason shown to the creator. */
    public String reason() {
        return getMessage();
    }
}

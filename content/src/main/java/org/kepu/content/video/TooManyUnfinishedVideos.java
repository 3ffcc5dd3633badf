package org.kepu.content.video;

/** The account already has as many videos waiting for transcoding as it may have; the message is for the person. */
public class TooManyUnfinishedVideos extends RuntimeException {

    public TooManyUnfinishedVideos(int limit) {
        super("您已有 " + limit + " 个视频正在排队或转码，请等它们处理完成后再上传新的视频");
    }
}

package org.kepu.portal.creator;

import java.security.Principal;
import org.kepu.content.upload.UploadNotFound;
import org.kepu.content.upload.UploadRejected;
import org.kepu.content.video.TooManyUnfinishedVideos;
import org.kepu.content.video.VideoUploads;
import org.kepu.portal.web.CurrentAccount;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Submits the creator's form; upload problems become messages next to the file field. */
@Component
class CreatorUploads {

    private final VideoUploads videos;
    private final CurrentAccount accounts;

    CreatorUploads(VideoUploads videos, CurrentAccount accounts) {
        this.videos = videos;
        this.accounts = accounts;
    }

    void submit(Principal principal, CreatorVideoController.VideoForm form, BindingResult errors) {
        try {
            videos.submit(accounts.of(principal), form.uploadId(), form.title(), form.summary());
        } catch (UploadRejected e) {
            errors.rejectValue("uploadId", "upload.rejected", e.reason());
        } catch (UploadNotFound e) {
            errors.rejectValue("uploadId", "upload.missing", "上传不存在或已过期，请重新选择文件。");
        } catch (TooManyUnfinishedVideos e) {
            errors.rejectValue("uploadId", "video.tooManyUnfinished", e.getMessage());
        }
    }
}

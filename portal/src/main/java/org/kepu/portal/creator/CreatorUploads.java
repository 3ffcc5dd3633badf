package org.kepu.portal.creator;

import java.security.Principal;
import org.kepu.content.upload.UploadNotFound;
import org.kepu.content.upload.UploadRejected;
import org.kepu.content.video.TooManyUnfinishedVideos;
import org.kepu.content.video.VideoUploads;
import org.kepu.portal.web.CurrentAccount;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Submits the creator's form; upload problems become messages next to the file field. */
@Component
class CreatorUploads {

    private final VideoUploads videos;
    private final CurrentAccount accounts;
    private final Texts texts;

    CreatorUploads(VideoUploads videos, CurrentAccount accounts, Texts texts) {
        this.texts = texts;
        this.videos = videos;
        this.accounts = accounts;
    }

    void submit(Principal principal, CreatorVideoController.VideoForm form, BindingResult errors) {
        try {
            videos.submit(accounts.of(principal), form.uploadId(), form.title(), form.summary());
        } catch (UploadRejected e) {
            texts.reject(errors, "uploadId", e);
        } catch (UploadNotFound e) {
            errors.rejectValue("uploadId", "upload.missing", texts.of("upload.missing"));
        } catch (TooManyUnfinishedVideos e) {
            texts.reject(errors, "uploadId", e);
        }
    }
}

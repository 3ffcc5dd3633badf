package org.kepu.portal.video;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.kepu.content.ContentKey;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.catalog.ItemUrls;
import org.kepu.content.reference.ReferenceNames;
import org.kepu.content.video.Caption;
import org.kepu.content.video.Captions;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoNotFound;
import org.kepu.content.video.VideoStatus;
import org.kepu.portal.language.Language;
import org.kepu.portal.pagecache.PageViews;
import org.kepu.portal.search.RelatedContent;
import org.kepu.portal.share.SiteUrls;
import org.kepu.portal.web.Texts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class VideoController {

    private final VideoAccess access;
    private final Captions captions;
    private final PageViews views;
    private final SiteUrls urls;
    private final RelatedContent related;
    private final BlobStore blobs;
    private final ReferenceNames names;

    VideoController(
            VideoAccess access,
            Captions captions,
            PageViews views,
            SiteUrls urls,
            BlobStore blobs,
            RelatedContent related,
            ReferenceNames names) {
        this.related = related;
        this.names = names;
        this.blobs = blobs;
        this.urls = urls;
        this.access = access;
        this.captions = captions;
        this.views = views;
    }

    /** The video's metadata in the other language, on that language's page. */
    record VersionLink(String lang, String htmlLang, String title, String href) {}

    @GetMapping("/videos/{id}")
    String video(@PathVariable long id, HttpServletRequest request, Model model, Authentication viewer) {
        VideoAccess.Readable readable = access.read(id, viewer);
        Video video = readable.video();
        if (video.getStatus() != VideoStatus.READY) {
            throw new VideoNotFound(id);
        }
        if (readable.isPublic()) {
            views.record(ContentKey.video(id));
        }
        model.addAttribute("video", video);
        // the Mongolian title and summary share the page with the Chinese: both languages' URLs show the video
        Language page = Language.of(request);
        String shown = video.textLang(page.code());
        model.addAttribute(
                "textLang", Language.ofCode(shown).orElse(Language.CHINESE).tag());
        model.addAttribute("title", video.titleIn(page.code()));
        model.addAttribute("summary", video.summaryIn(page.code()));
        if (video.hasMongolian()) {
            Language other = page.other();
            model.addAttribute(
                    "versions",
                    List.of(new VersionLink(
                            other.code(),
                            other.tag(),
                            video.titleIn(other.code()),
                            urls.in(other, ItemUrls.video(id)))));
        }
        model.addAttribute("media", VideoMedia.of(video));
        List<Caption> tracks = captions.of(id);
        Transcript transcript = Transcript.track(tracks, Texts.locale().getLanguage())
                .map(track -> Transcript.of(track, captions.cues(id, track.language())))
                .orElse(null);
        model.addAttribute("captions", tracks);
        model.addAttribute("transcript", transcript);
        model.addAttribute(
                "storyboard",
                blobs.exists(video.mediaKey(Video.STORYBOARD)) ? VideoMedia.base(id) + Video.STORYBOARD : null);
        model.addAttribute("related", related.cards(ContentKey.video(id).toString()));
        model.addAttribute("column", names.column(video.getColumnId()).orElse(null));
        model.addAttribute("itemUrl", ItemUrls.video(id));
        model.addAttribute("shareUrl", urls.absolute(ItemUrls.video(id)));
        model.addAttribute("canonical", urls.absolute(ItemUrls.video(id)));
        model.addAttribute("pageDescription", video.summaryIn(page.code()));
        model.addAttribute("ogType", "video.other");
        model.addAttribute("ogImage", urls.resource(VideoMedia.of(video).poster()));
        return "video/detail";
    }
}

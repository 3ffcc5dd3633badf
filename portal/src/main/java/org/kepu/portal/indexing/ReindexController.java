package org.kepu.portal.indexing;

import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.audit.AuditResult;
import org.kepu.portal.web.Texts;
import org.kepu.search.RebuildInProgress;
import org.kepu.search.RebuildReport;
import org.kepu.search.SearchIndex;
import org.kepu.search.SearchIndexUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator rebuilds the search index from the database: a new index is filled while the
 * old one keeps answering, then the engine switches over. Progress shows live on the page.
 */
@Controller
class ReindexController {

    private static final Logger log = LoggerFactory.getLogger(ReindexController.class);

    private final SearchIndex index;
    private final ContentIndexer indexer;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicReference<String> state = new AtomicReference<>("IDLE");
    private final AtomicReference<String> message = new AtomicReference<>("");

    private final AuditLog audit;

    private final Texts texts;

    ReindexController(SearchIndex index, ContentIndexer indexer, AuditLog audit, Texts texts) {
        this.texts = texts;
        this.index = index;
        this.indexer = indexer;
        this.audit = audit;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("documents", safeCount());
        model.addAttribute("usable", index.isUsable());
        return "search/reindex";
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(Principal admin, RedirectAttributes redirect) {
        if (!state.compareAndSet("IDLE", "RUNNING")
                && !state.compareAndSet("DONE", "RUNNING")
                && !state.compareAndSet("FAILED", "RUNNING")) {
            redirect.addFlashAttribute("problem", texts.of("search.rebuild.running"));
            return "redirect:/admin/search";
        }
        indexed.set(0);
        audit.recordSeparately(admin.getName(), "search.rebuilt", "search", "-", null, AuditResult.SUCCESS);
        message.set(texts.of(
                "search.rebuild.started-by", admin.getName(), Instant.now().toString()));
        Thread worker = new Thread(this::run, "search-rebuild");
        worker.setDaemon(true);
        worker.start();
        redirect.addFlashAttribute("notice", texts.of("search.rebuild.started"));
        return "redirect:/admin/search";
    }

    @GetMapping("/admin/search/progress")
    @ResponseBody
    Progress progress() {
        return new Progress(state.get(), indexed.get(), message.get());
    }

    private void run() {
        try {
            RebuildReport report = index.rebuild(indexer.allPublic(), indexed::set);
            // a thread of its own: no request, so the back office's language
            message.set(texts.in(
                    Locale.SIMPLIFIED_CHINESE,
                    "search.rebuild.done",
                    String.valueOf(report.documents()),
                    String.valueOf(report.took().toSeconds())));
            state.set("DONE");
        } catch (RebuildInProgress e) {
            message.set(texts.in(Locale.SIMPLIFIED_CHINESE, "search.rebuild.other"));
            state.set("FAILED");
        } catch (RuntimeException e) {
            log.error("Rebuilding the search index failed", e);
            message.set(texts.in(Locale.SIMPLIFIED_CHINESE, "search.rebuild.failed", String.valueOf(e.getMessage())));
            state.set("FAILED");
        }
    }

    private long safeCount() {
        try {
            return index.count();
        } catch (SearchIndexUnavailable e) {
            return -1;
        }
    }

    record Progress(String state, long indexed, String message) {}
}

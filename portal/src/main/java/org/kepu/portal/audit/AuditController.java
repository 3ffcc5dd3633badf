package org.kepu.portal.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.kepu.content.audit.AuditChain;
import org.kepu.content.audit.AuditEvent;
import org.kepu.content.audit.AuditExport;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.audit.AuditPage;
import org.kepu.content.audit.AuditQuery;
import org.kepu.content.audit.AuditResult;
import org.kepu.content.audit.ChainVerdict;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' audit page: filter and page the events, export them, verify the chain. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AuditLog audit;
    private final AuditExport export;
    private final AuditChain chain;
    private final MessageSource messages;

    AuditController(AuditLog audit, AuditExport export, AuditChain chain, MessageSource messages) {
        this.audit = audit;
        this.export = export;
        this.chain = chain;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String page(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        AuditPage events = audit.find(filter.query(), Math.max(0, page), PAGE_SIZE);
        model.addAttribute("events", events);
        model.addAttribute("rows", events.events().stream().map(this::row).toList());
        model.addAttribute("results", AuditResult.values());
        return "admin/audit";
    }

    @GetMapping("/admin/audit/export.xlsx")
    void export(@ModelAttribute("filter") AuditFilter filter, Principal admin, HttpServletResponse response)
            throws IOException {
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("audit-" + LocalDate.now(BEIJING) + ".xlsx")
                        .build()
                        .toString());
        export.write(filter.query(), admin.getName(), this::exportWord, response.getOutputStream());
    }

    @PostMapping("/admin/audit/verify")
    String verify(Principal admin, RedirectAttributes redirect) {
        chain.seal();
        ChainVerdict verdict = chain.verify();
        String text = verdict.broken()
                .map(broken -> messages.getMessage(
                        "audit.verify.broken." + broken.reason().name(),
                        new Object[] {broken.seq(), broken.eventId(), verdict.sound()},
                        LocaleContextHolder.getLocale()))
                .orElseGet(() -> messages.getMessage(
                        "audit.verify.intact",
                        new Object[] {verdict.sound(), verdict.unsealed(), verdict.head()},
                        LocaleContextHolder.getLocale()));
        audit.recordSeparately(
                admin.getName(),
                "audit.verified",
                "audit",
                "-",
                text,
                verdict.intact() ? AuditResult.SUCCESS : AuditResult.FAILURE);
        redirect.addFlashAttribute(verdict.intact() ? "notice" : "problem", text);
        return "redirect:/admin/audit";
    }

    private Row row(AuditEvent event) {
        return new Row(event, TIME.format(event.at()), actionName(event.action()));
    }

    private String exportWord(String key) {
        return key.startsWith("action.")
                ? actionName(key.substring("action.".length()))
                : messages.getMessage("audit.export." + key, null, LocaleContextHolder.getLocale());
    }

    /** The Chinese name of an action; the code itself for an action without one. */
    String actionName(String action) {
        return messages.getMessage("audit.action." + action, null, action, LocaleContextHolder.getLocale());
    }

    record Row(AuditEvent event, String at, String actionName) {}

    /** The page's filters; dates are Beijing days, both ends included. */
    record AuditFilter(
            String actor,
            String action,
            String subjectType,
            String subjectId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            AuditResult result) {

        AuditQuery query() {
            Instant start = from == null ? null : from.atStartOfDay(BEIJING).toInstant();
            Instant end =
                    to == null ? null : to.plusDays(1).atStartOfDay(BEIJING).toInstant();
            return new AuditQuery(actor, action, subjectType, subjectId, start, end, result);
        }
    }
}

package org.kepu.portal.registration;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.registration.RegistrationProgress;
import org.kepu.content.registration.RegistrationSettings;
import org.kepu.content.registration.RegistrationSnapshot;
import org.kepu.content.registration.RegistrationTargets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public dashboard: summary with a call to action, the detailed view, and its chart data. */
@Controller
class RegistrationDashboardController {

    private final RegistrationProgress progress;
    private final RegistrationTargets targets;
    private final RegistrationSettings settings;

    RegistrationDashboardController(
            RegistrationProgress progress, RegistrationTargets targets, RegistrationSettings settings) {
        this.progress = progress;
        this.targets = targets;
        this.settings = settings;
    }

    @GetMapping("/registrations")
    String dashboard(@RequestParam(required = false) Long target, Model model) {
        model.addAttribute("snapshot", snapshot(target));
        model.addAttribute("signupUrl", settings.signupUrl().toString());
        return "registration/dashboard";
    }

    @GetMapping("/registrations/detail")
    String detail(@RequestParam(required = false) Long target, Model model) {
        model.addAttribute("snapshot", snapshot(target));
        model.addAttribute("targets", targets.all());
        return "registration/detail";
    }

    /** What the charts draw; the page's tables show the same numbers. */
    @GetMapping(value = "/registrations/data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> data(@RequestParam(required = false) Long target) {
        RegistrationSnapshot s = snapshot(target);
        if (s == null) {
            return ResponseEntity.ok(
                    Map.of("towns", List.of(), "trend", List.of(), "weeks", List.of(), "ranking", List.of()));
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
                .body(Map.of(
                        "goal", s.target().goal(),
                        "deadline", s.target().deadline().toString(),
                        "towns",
                                s.towns().stream()
                                        .map(RegistrationDashboardController::town)
                                        .toList(),
                        "ranking",
                                s.ranking().stream()
                                        .map(RegistrationDashboardController::town)
                                        .toList(),
                        "trend",
                                s.trend().stream()
                                        .map(p -> Map.of("date", p.date().toString(), "total", p.total()))
                                        .toList(),
                        "weeks",
                                s.weeks().stream()
                                        .map(w -> Map.of(
                                                "weekStart", w.weekStart().toString(), "increment", w.increment()))
                                        .toList()));
    }

    @GetMapping(value = "/registrations/signup-qr.svg", produces = "image/svg+xml")
    @ResponseBody
    ResponseEntity<String> qrCode() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .contentType(MediaType.valueOf("image/svg+xml"))
                .body(SignupQrCode.svg(settings.signupUrl().toString()));
    }

    private RegistrationSnapshot snapshot(Long target) {
        if (target == null) {
            return progress.current().orElse(null);
        }
        return targets.find(target)
                .map(t -> progress.snapshot(t, progress.today()))
                .orElseThrow(() -> new IllegalArgumentException("No target " + target));
    }

    private static Map<String, Object> town(RegistrationSnapshot.TownProgress t) {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", t.name());
        map.put("total", t.total());
        map.put("goal", t.goal());
        map.put("percent", t.percent());
        map.put("active", t.active());
        map.put("shares", t.shares());
        return map;
    }
}

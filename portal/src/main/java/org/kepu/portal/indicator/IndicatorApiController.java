package org.kepu.portal.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.kepu.content.indicator.IndicatorValue;
import org.kepu.content.indicator.Indicators;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plan's indicators for the banner's mini program and other front ends: public, no login. */
@RestController
class IndicatorApiController {

    private final Indicators indicators;

    IndicatorApiController(Indicators indicators) {
        this.indicators = indicators;
    }

    record IndicatorJson(
            @Schema(description = "Stable code of the indicator, e.g. `service-lectures`")
            String code,

            @Schema(description = "Its name in the plan, in Chinese")
            String name,

            @Schema(
                    description = "The value compared with the target (this year's for yearly targets);"
                            + " null when a typed indicator has no report yet")
            BigDecimal value,

            @Schema(description = "The plan's target (each year's, for yearly targets)")
            BigDecimal target,

            @Schema(description = "Unit of value and target, e.g. 场次, 人次, 小时")
            String unit,

            @Schema(
                    description = "`computed`: counted from completed service orders and the hours recorded"
                            + " for them; `typed`: reports typed in by an administrator",
                    allowableValues = {"computed", "typed"})
            String source,

            @Schema(
                    description = "The day the value stands for: today for computed values, the latest report"
                            + " for typed ones (null without reports)")
            LocalDate asOf) {}

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "The plan's indicators with their current value, target and where the value comes from")
    @ApiResponse(responseCode = "200", description = "Every indicator, in the plan's order")
    @ApiResponse(responseCode = "500", description = "An unexpected failure (logged); try again later")
    ResponseEntity<List<IndicatorJson>> indicators() {
        List<IndicatorJson> body =
                indicators.values().stream().map(IndicatorApiController::json).toList();
        // computed values move with every completed order: a minute of caching is enough for a mini program
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(body);
    }

    private static IndicatorJson json(IndicatorValue v) {
        return new IndicatorJson(
                v.code(),
                v.name(),
                v.value(),
                v.target(),
                v.unit(),
                v.source().name().toLowerCase(),
                v.asOf());
    }
}

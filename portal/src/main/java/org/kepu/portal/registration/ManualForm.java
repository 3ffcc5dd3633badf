package org.kepu.portal.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.kepu.content.registration.ManualReport;
import org.springframework.format.annotation.DateTimeFormat;

/** The manual entry form; checked again by the same rules as an imported row. */
record ManualForm(
        @NotBlank String townCode,
        @Size(max = 100) String unitName,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull @PositiveOrZero Long registered,
        @PositiveOrZero Long active,
        @PositiveOrZero Long shares) {

    static ManualForm empty(String townCode, LocalDate today) {
        return new ManualForm(townCode, "", today, null, null, null);
    }

    ManualReport report() {
        return new ManualReport(townCode, unitName, date, registered, active, shares);
    }
}

package org.kepu.content.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.springframework.stereotype.Component;

/**
 * Codes and names of towns, audiences and columns, both ways, in one place for pages, the API, indexing and the
 * demo. Towns and audiences are fixed reference data (inserted by migrations), so they are read once; columns are
 * edited at run time and are always read from the database.
 */
@Component
public class ReferenceNames {

    private final Columns columns;
    private final TownRepository towns;
    private final AudienceRepository audiences;
    private volatile Map<String, Town> townsByCode;
    private volatile Map<String, Audience> audiencesByCode;

    ReferenceNames(Columns columns, TownRepository towns, AudienceRepository audiences) {
        this.columns = columns;
        this.towns = towns;
        this.audiences = audiences;
    }

    public Optional<ContentColumn> column(Long id) {
        return id == null ? Optional.empty() : columns.findById(id);
    }

    public String columnName(Long id) {
        return column(id).map(ContentColumn::name).orElse(null);
    }

    public Optional<Long> columnId(String slug) {
        return columns.findBySlug(slug).map(ContentColumn::id);
    }

    public Optional<Town> town(String code) {
        return code == null
                ? Optional.empty()
                : Optional.ofNullable(townsByCode().get(code));
    }

    public String townName(String code) {
        return town(code).map(Town::name).orElse(null);
    }

    /** The code of the town given by its code or by its name. */
    public Optional<String> townCode(String codeOrName) {
        return town(codeOrName)
                .or(() -> townsByCode().values().stream()
                        .filter(t -> t.name().equals(codeOrName))
                        .findFirst())
                .map(Town::code);
    }

    /** The known audiences among the codes, in their order; unknown codes are skipped. */
    public List<Audience> audiences(List<String> codes) {
        return codes.stream()
                .flatMap(code -> Optional.ofNullable(audiencesByCode().get(code)).stream())
                .toList();
    }

    public List<String> audienceNames(List<String> codes) {
        return audiences(codes).stream().map(Audience::name).toList();
    }

    /** The code of the audience given by its code or by its name. */
    public Optional<String> audienceCode(String codeOrName) {
        return Optional.ofNullable(audiencesByCode().get(codeOrName))
                .or(() -> audiencesByCode().values().stream()
                        .filter(a -> a.name().equals(codeOrName))
                        .findFirst())
                .map(Audience::code);
    }

    private Map<String, Town> townsByCode() {
        Map<String, Town> loaded = townsByCode;
        if (loaded == null) {
            loaded = towns.findAllByOrderBySortOrder().stream()
                    .collect(Collectors.toUnmodifiableMap(Town::code, Function.identity()));
            townsByCode = loaded;
        }
        return loaded;
    }

    private Map<String, Audience> audiencesByCode() {
        Map<String, Audience> loaded = audiencesByCode;
        if (loaded == null) {
            loaded = audiences.findAllByOrderBySortOrder().stream()
                    .collect(Collectors.toUnmodifiableMap(Audience::code, Function.identity()));
            audiencesByCode = loaded;
        }
        return loaded;
    }
}

package org.kepu.content.editorial;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kepu.content.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The synonym groups editors keep for search. */
@Service
public class SynonymGroups {

    private final SynonymGroupRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    SynonymGroups(SynonymGroupRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SynonymGroup> all() {
        return repository.findAllByOrderByIdAsc();
    }

    /** Adds a group from text like "应急避险，防灾减灾"; at least two different terms. */
    @Transactional
    public SynonymGroup add(String text, String editor) {
        Set<String> terms = new LinkedHashSet<>();
        Arrays.stream(text == null ? new String[0] : text.split("[,，、\\s]+"))
                .map(String::strip)
                .filter(t -> !t.isEmpty() && t.length() <= 30)
                .forEach(terms::add);
        if (terms.size() < 2 || terms.size() > 10) {
            throw new IllegalArgumentException("请填写 2 到 10 个意思相同的词，用逗号分隔，每个词不超过 30 字。");
        }
        SynonymGroup group = repository.save(new SynonymGroup(null, String.join(",", terms), editor, clock.instant()));
        audit.record(editor, "synonyms.added", "synonym-group", group.id(), group.terms());
        return group;
    }

    @Transactional
    public void remove(long id, String editor) {
        repository.findById(id).ifPresent(group -> {
            repository.delete(group);
            audit.record(editor, "synonyms.removed", "synonym-group", id, group.terms());
        });
    }
}

package org.kepu.content.editorial;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.kepu.content.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editable list of words that stop an article from being published without a reviewer's override. */
@Service
public class SensitiveWords {

    private final SensitiveWordRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    SensitiveWords(SensitiveWordRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<String> all() {
        return repository.findAllByOrderByWord().stream()
                .map(SensitiveWord::word)
                .toList();
    }

    @Transactional
    public void add(String word, String by) {
        String cleaned = word == null ? "" : word.strip();
        if (cleaned.isEmpty() || cleaned.length() > 50) {
            throw new IllegalArgumentException("敏感词应为 1 到 50 个字符。");
        }
        if (!repository.existsById(cleaned)) {
            repository.save(new SensitiveWord(cleaned, by, clock.instant()));
            audit.record(by, "sensitive-word.added", "sensitive-word", cleaned, null);
        }
    }

    @Transactional
    public void remove(String word, String by) {
        if (repository.existsById(word)) {
            repository.deleteById(word);
            audit.record(by, "sensitive-word.removed", "sensitive-word", word, null);
        }
    }

    /** The listed words that occur in the texts, each once, in list order. */
    @Transactional(readOnly = true)
    public List<String> foundIn(String... texts) {
        List<String> found = new ArrayList<>();
        for (String word : all()) {
            for (String text : texts) {
                if (text != null && text.contains(word)) {
                    found.add(word);
                    break;
                }
            }
        }
        return found;
    }
}

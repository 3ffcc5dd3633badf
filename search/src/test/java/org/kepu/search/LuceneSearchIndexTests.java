package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

class LuceneSearchIndexTests extends SearchIndexContract {

    @Override
    protected SearchIndex createIndex(Path dir) {
        return new LuceneSearchIndex(new LuceneSettings(dir, Duration.ofMillis(100), Duration.ofMillis(200)));
    }

    @Test
    void writesBecomeSearchableWithoutAnExplicitRefresh() {
        index().index(EARTHQUAKE);

        await().atMost(Duration.ofSeconds(10)).until(() -> index().count() == 1);
        assertThat(ids("地震")).containsExactly("article:1");
    }

    @Test
    void writesAreCommittedOnScheduleWhileTheIndexStaysOpen() {
        index().index(EARTHQUAKE);
        index().index(DISASTER);

        await().atMost(Duration.ofSeconds(10)).until(() -> committedDocuments(dir) == 2);
    }

    @Test
    void aSecondIndexOnTheSameDirectoryIsRefused() {
        assertThatThrownBy(() -> createIndex(dir))
                .isInstanceOf(SearchIndexUnavailable.class)
                .hasMessageContaining(dir.toString());
    }

    @Test
    void keywordFieldsAreIndexedForLaterFilters() throws IOException {
        load(EARTHQUAKE);
        index().close();

        try (Directory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.docFreq(new Term(SearchFields.TOWN, "阿勒腾席热镇"))).isEqualTo(1);
            assertThat(reader.docFreq(new Term(SearchFields.AUDIENCE, "老年人"))).isEqualTo(1);
            assertThat(reader.docFreq(new Term(SearchFields.TYPE, "article"))).isEqualTo(1);
        }
    }

    @Test
    void aRebuildCutShortByACrashLeavesNothingBehind() throws IOException {
        Path leftover = java.nio.file.Files.createDirectories(dir.resolve("index-1"));
        index().close();

        try (SearchIndex reopened = createIndex(dir)) {
            assertThat(reopened.isUsable()).isTrue();
        }

        assertThat(leftover).doesNotExist();
    }

    private static int committedDocuments(Path dir) throws IOException {
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs();
            }
        }
    }
}

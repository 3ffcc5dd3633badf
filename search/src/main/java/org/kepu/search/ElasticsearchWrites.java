package org.kepu.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Versioned writes to one index or alias. External versioning ({@code version_type=external_gte}) makes the server
 * keep the document with the higher version: an older write is refused with HTTP 409, which means "a newer version
 * is already there" and is ignored.
 */
final class ElasticsearchWrites {

    private static final int BATCH = 500;
    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;

    private final ElasticsearchClient client;

    ElasticsearchWrites(ElasticsearchClient client) {
        this.client = client;
    }

    void put(String index, SearchDocument doc, Map<String, Object> source) throws IOException {
        try {
            client.index(i -> i.index(index)
                    .id(doc.id())
                    .version(doc.version())
                    .versionType(VersionType.ExternalGte)
                    .document(source));
        } catch (ElasticsearchException e) {
            if (e.status() != CONFLICT) {
                throw e;
            }
        }
    }

    /** Deletes the id; with a version only if the indexed one is not newer. */
    void remove(String index, String id, Long version) throws IOException {
        try {
            client.delete(d -> {
                d.index(index).id(id);
                return version == null ? d : d.version(version).versionType(VersionType.ExternalGte);
            });
        } catch (ElasticsearchException e) {
            if (e.status() != CONFLICT && e.status() != NOT_FOUND) {
                throw e;
            }
        }
    }

    /** Writes all documents in bulk requests of {@value #BATCH}, telling the progress after each. */
    long bulkLoad(String index, Iterator<SearchDocument> documents, RebuildProgress progress) throws IOException {
        long count = 0;
        while (documents.hasNext()) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            int inBatch = 0;
            while (inBatch < BATCH && documents.hasNext()) {
                SearchDocument doc = documents.next();
                Map<String, Object> source = ElasticsearchDocuments.toSource(AnalyzedDocument.of(doc));
                bulk.operations(op -> op.index(i -> i.index(index)
                        .id(doc.id())
                        .version(doc.version())
                        .versionType(VersionType.ExternalGte)
                        .document(source)));
                inBatch++;
            }
            failOnErrors(client.bulk(bulk.build()));
            count += inBatch;
            progress.indexed(count);
        }
        return count;
    }

    private static void failOnErrors(BulkResponse response) {
        if (!response.errors()) {
            return;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != CONFLICT) {
                throw new SearchIndexUnavailable(
                        "bulk write of " + item.id() + " failed: "
                                + item.error().reason(),
                        null);
            }
        }
    }
}

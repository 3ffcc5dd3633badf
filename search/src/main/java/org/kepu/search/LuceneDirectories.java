package org.kepu.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Closes a shard that is no longer live and removes its files. */
final class LuceneDirectories {

    private static final Log log = LogFactory.getLog(LuceneDirectories.class);

    /** Subdirectories that rebuilds create under the index directory. */
    static final String REBUILD_PREFIX = "index-";

    private LuceneDirectories() {}

    /**
     * Closes the shard and deletes its directory; the original index in the root directory itself is emptied
     * instead, since the root also holds the newer subdirectories.
     */
    static void retire(LuceneShard shard, Path root) {
        try {
            if (shard.path().equals(root)) {
                shard.deleteAll();
                shard.close();
            } else {
                shard.close();
                deleteRecursively(shard.path());
            }
        } catch (IOException | RuntimeException e) {
            // The new index already serves; a leftover directory only costs disk space.
            log.warn("Could not remove the old search index in " + shard.path(), e);
        }
    }

    /** Deletes {@code index-*} subdirectories other than the live one: leftovers of a rebuild cut short by a crash. */
    static void removeStale(Path root, Path live) {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                if (Files.isDirectory(child)
                        && child.getFileName().toString().startsWith(REBUILD_PREFIX)
                        && !child.equals(live)) {
                    log.info("Removing an unfinished or old search index in " + child);
                    deleteRecursively(child);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for old search indexes in " + root, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

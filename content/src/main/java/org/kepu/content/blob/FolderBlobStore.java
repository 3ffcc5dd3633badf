package org.kepu.content.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Blobs as files under one root folder. Writes go to a temporary file first and are moved into
 * place, so a reader never sees half a blob.
 */
class FolderBlobStore implements BlobStore {

    private final Path root;

    FolderBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot create blob folder " + this.root, e);
        }
    }

    @Override
    public void put(String key, InputStream content, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
                moveIntoPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot write blob " + key, e);
        }
    }

    @Override
    public void put(String key, Path file, String contentType) {
        try (InputStream in = Files.newInputStream(file)) {
            put(key, in, contentType);
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot read " + file, e);
        }
    }

    /**
     * Renames the file into place when it lies on the blob folder's file system (no byte copied,
     * atomic: a reader sees the old blob or the new one); across file systems, where a rename is
     * impossible, copies it once and deletes it. Either way the blob is durable when this returns.
     */
    @Override
    public void moveIn(String key, Path file, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException otherFileSystem) {
                copyIntoPlace(file, target);
                Files.delete(file);
            }
            // the rename is in the directory: sync it, so that a crash cannot undo a completion recorded later
            syncDirectory(target.getParent());
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot move " + file + " to blob " + key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (NoSuchFileException e) {
            throw new BlobNotFound(key);
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot read blob " + key, e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("Invalid range of blob " + key + ": " + offset + "+" + length);
        }
        try {
            FileChannel channel = FileChannel.open(resolve(key), StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (NoSuchFileException e) {
            throw new BlobNotFound(key);
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot read blob " + key, e);
        }
    }

    @Override
    public Optional<BlobInfo> stat(String key) {
        Path file = resolve(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(new BlobInfo(key, Files.size(file), MediaTypes.guess(key)));
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot stat blob " + key, e);
        }
    }

    @Override
    public void copyTo(String key, Path target) {
        try {
            Files.copy(resolve(key), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new BlobNotFound(key);
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot copy blob " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot delete blob " + key, e);
        }
    }

    @Override
    public void deleteAll(String prefix) {
        Path folder = resolve(prefix);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(FolderBlobStore::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            throw new BlobStoreFailed("Cannot delete blobs under " + prefix, e);
        }
    }

    @Override
    public boolean isUsable() {
        return Files.isDirectory(root) && Files.isWritable(root);
    }

    private Path resolve(String key) {
        Path path = root.resolve(BlobKeys.check(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Invalid blob key: " + key);
        }
        return path;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Through a synced temporary file next to the target, so the copy is atomic and durable too. */
    private static void copyIntoPlace(Path file, Path target) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(false);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.kepu.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The folder one transcode writes into: measured while ffmpeg writes, emptied when the run fails. */
final class OutputFolder {

    private final Path dir;

    private OutputFolder(Path dir) {
        this.dir = dir;
    }

    static OutputFolder create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
        return new OutputFolder(dir);
    }

    Path path() {
        return dir;
    }

    /** Bytes of every file below the folder; files ffmpeg renames or removes meanwhile are skipped. */
    long size() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.mapToLong(OutputFolder::sizeOrZero).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // a file vanished under the walk; the next look counts again
        }
    }

    void createFolder(String name) {
        try {
            Files.createDirectories(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir.resolve(name), e);
        }
    }

    /** Deletes {@code name} and everything below it. */
    void delete(String name) {
        try (Stream<Path> paths = Files.walk(dir.resolve(name))) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir.resolve(name), e);
        }
    }

    void write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + dir.resolve(name), e);
        }
    }

    // ffmpeg can exit with 0 and skip an output whose branch got no frame, e.g. a poster past the end
    Path written(String name, List<String> ffmpegOutput) {
        Path file = dir.resolve(name);
        if (sizeOrZero(file) > 0) {
            return file;
        }
        throw new TranscodeFailed("ffmpeg did not write " + file, ffmpegOutput);
    }

    /** Deletes everything below the folder; what cannot be deleted is added to {@code failure}. */
    void clear(Throwable failure) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(dir)) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            failure.addSuppressed(e);
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? attributes.size() : 0;
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

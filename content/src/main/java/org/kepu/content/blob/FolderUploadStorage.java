package org.kepu.content.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Stages uploads as files in a folder and hands the finished file to the blob store, which renames
 * it into place when staging and blobs share a file system (the default), so the bytes are written
 * once. A dropped connection keeps every byte that reached the disk; the client resumes from there.
 */
class FolderUploadStorage implements UploadStorage {

    private final Path staging;
    private final BlobStore blobs;

    FolderUploadStorage(Path staging, BlobStore blobs) {
        this.staging = staging.toAbsolutePath().normalize();
        this.blobs = blobs;
        try {
            Files.createDirectories(this.staging);
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot create the upload staging folder " + this.staging, e);
        }
    }

    @Override
    public String begin(String uploadId, String blobKey) {
        try {
            Files.deleteIfExists(file(uploadId));
            Files.createFile(file(uploadId));
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot start upload " + uploadId, e);
        }
        return "folder";
    }

    @Override
    public Stored append(String uploadId, String ref, long offset, long length, InputStream body) {
        try (FileChannel channel = FileChannel.open(file(uploadId), StandardOpenOption.WRITE)) {
            // Bytes past the offset belong to a torn earlier attempt the client is now sending again.
            channel.truncate(offset);
            channel.position(offset);
            OutputStream out = Channels.newOutputStream(channel);
            byte[] buffer = new byte[64 * 1024];
            long position = offset;
            while (position < length) {
                int n;
                try {
                    n = body.read(buffer, 0, (int) Math.min(buffer.length, length - position));
                } catch (IOException dropped) {
                    // The connection dropped: keep what arrived; the client asks for the offset and resumes.
                    break;
                }
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                position += n;
            }
            channel.force(false);
            return new Stored(position, ref);
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot store upload " + uploadId, e);
        }
    }

    @Override
    public void complete(String uploadId, String ref, String blobKey) {
        // a failed move leaves the staged file as it was: the upload can be sent again from its offset
        blobs.moveIn(blobKey, file(uploadId), "application/octet-stream");
    }

    @Override
    public void abort(String uploadId, String ref) {
        try {
            Files.deleteIfExists(file(uploadId));
        } catch (IOException e) {
            throw new BlobStoreFailed("Cannot delete upload " + uploadId, e);
        }
    }

    private Path file(String uploadId) {
        if (!uploadId.matches("[a-z0-9]{20,40}")) {
            throw new IllegalArgumentException("Invalid upload id");
        }
        return staging.resolve(uploadId + ".part");
    }
}

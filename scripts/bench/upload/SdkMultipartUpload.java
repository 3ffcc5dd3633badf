import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * The reference of the upload bench's S3 mode: the same file into the same bucket with the AWS SDK
 * alone, no portal in between. Prints the seconds the upload took (client start-up excluded).
 *
 * <p>{@code sequential}: the plain multipart API, one part after the other, as the portal sends a
 * tus upload's parts. {@code parallel}: the SDK's own multipart client (S3AsyncClient with
 * multipartEnabled), which sends several parts at once.
 *
 * <p>Usage: {@code java -cp <content's classpath> SdkMultipartUpload.java sequential|parallel
 * endpoint bucket key file partMiB}
 */
public class SdkMultipartUpload {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI endpoint = URI.create(args[1]);
        String bucket = args[2];
        String key = args[3];
        Path file = Path.of(args[4]);
        long partSize = Long.parseLong(args[5]) * 1024 * 1024;
        StaticCredentialsProvider credentials =
                StaticCredentialsProvider.create(AwsBasicCredentials.create("kepu", "kepu"));
        double seconds;
        if (mode.equals("sequential")) {
            try (S3Client s3 = S3Client.builder()
                    .endpointOverride(endpoint)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(credentials)
                    .forcePathStyle(true)
                    .build()) {
                s3.listBuckets(); // warm the connection outside the timed part, as the portal's is
                long start = System.nanoTime();
                sequential(s3, bucket, key, file, partSize);
                seconds = (System.nanoTime() - start) / 1e9;
            }
        } else {
            try (S3AsyncClient s3 = S3AsyncClient.builder()
                    .endpointOverride(endpoint)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(credentials)
                    .forcePathStyle(true)
                    .multipartEnabled(true)
                    .multipartConfiguration(c -> c.minimumPartSizeInBytes(partSize).thresholdInBytes(partSize))
                    .build()) {
                s3.listBuckets().join();
                long start = System.nanoTime();
                s3.putObject(b -> b.bucket(bucket).key(key), AsyncRequestBody.fromFile(file))
                        .join();
                seconds = (System.nanoTime() - start) / 1e9;
            }
        }
        System.out.printf("%.3f%n", seconds);
    }

    private static void sequential(S3Client s3, String bucket, String key, Path file, long partSize)
            throws Exception {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
        long size = Files.size(file);
        List<CompletedPart> parts = new ArrayList<>();
        try (var in = Files.newInputStream(file)) {
            for (long offset = 0; offset < size; offset += partSize) {
                int number = parts.size() + 1;
                int length = (int) Math.min(partSize, size - offset);
                byte[] part = in.readNBytes(length);
                String eTag = s3.uploadPart(
                                b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                                RequestBody.fromInputStream(new ByteArrayInputStream(part), length))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
            }
        }
        s3.completeMultipartUpload(
                b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    }
}

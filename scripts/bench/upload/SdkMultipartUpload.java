import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * The reference of the upload bench's S3 mode: the same file into the same bucket with the AWS SDK
 * alone, no portal in between, through the plain multipart API, one part after the other, as the
 * portal sends a tus upload's parts. Prints the seconds the upload took (client start excluded).
 *
 * <p>Usage: {@code java -cp <content's runtime classpath> SdkMultipartUpload.java endpoint bucket key file partMiB}
 */
public class SdkMultipartUpload {

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        String bucket = args[1];
        String key = args[2];
        Path file = Path.of(args[3]);
        int partSize = Integer.parseInt(args[4]) * 1024 * 1024;
        try (S3Client s3 = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("kepu", "kepu")))
                .forcePathStyle(true)
                .build()) {
            s3.listBuckets(); // the connection is open before the clock starts, as the portal's is
            long start = System.nanoTime();
            upload(s3, bucket, key, file, partSize);
            System.out.printf("%.3f%n", (System.nanoTime() - start) / 1e9);
        }
    }

    private static void upload(S3Client s3, String bucket, String key, Path file, int partSize) throws Exception {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
        long size = Files.size(file);
        List<CompletedPart> parts = new ArrayList<>();
        byte[] part = new byte[partSize];
        try (InputStream in = Files.newInputStream(file)) {
            for (long offset = 0; offset < size; offset += partSize) {
                int number = parts.size() + 1;
                int length = in.readNBytes(part, 0, (int) Math.min(partSize, size - offset));
                String eTag = s3.uploadPart(
                                b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number),
                                RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, length), length))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
            }
        }
        s3.completeMultipartUpload(
                b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    }
}

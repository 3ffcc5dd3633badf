package org.kepu.portal.serviceorder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.serviceorder.OrderPhoto;
import org.kepu.content.serviceorder.ServiceOrderRefused;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.portal.image.ImageRejected;
import org.kepu.portal.image.StoredImages;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos of a held service, uploaded with the completion or afterwards: checked by count and size
 * before any is decoded, stored like article images (by content, re-encoded, so a phone photo's
 * location and other metadata are dropped), and removed again when the step they came with is
 * refused, so a refusal leaves no image behind.
 */
@Component
class CompletionPhotos {

    /** A phone photo is a few MB; the request as a whole is bounded by the multipart limit too. */
    static final DataSize MAX_PHOTO = DataSize.ofMegabytes(10);

    private final StoredImages images;
    private final BlobStore blobs;
    private final ServiceOrders orders;

    CompletionPhotos(StoredImages images, BlobStore blobs, ServiceOrders orders) {
        this.images = images;
        this.blobs = blobs;
        this.orders = orders;
    }

    /**
     * Stores the photos, hands them to {@code step} and returns its result; when the step or any
     * photo is refused, the photos stored so far are deleted and the refusal goes on.
     *
     * @throws ServiceOrderRefused when there are too many, one is too large or no image we read
     */
    <T> T storeFor(List<MultipartFile> files, String uploader, Function<List<OrderPhoto>, T> step) {
        List<MultipartFile> sent = files == null
                ? List.of()
                : files.stream().filter(file -> !file.isEmpty()).toList();
        if (sent.size() > orders.maxPhotos()) {
            throw ServiceOrderRefused.at("photos", "services.photos.too-many", orders.maxPhotos());
        }
        for (MultipartFile file : sent) {
            if (file.getSize() > MAX_PHOTO.toBytes()) {
                throw ServiceOrderRefused.at(
                        "photos", "services.photos.too-large", name(file), MAX_PHOTO.toMegabytes());
            }
        }
        List<OrderPhoto> stored = new ArrayList<>();
        try {
            for (MultipartFile file : sent) {
                stored.add(store(file, uploader));
            }
            return step.apply(stored);
        } catch (RuntimeException e) {
            stored.forEach(photo -> blobs.deleteAll("images/" + photo.imageId()));
            throw e;
        }
    }

    private OrderPhoto store(MultipartFile file, String uploader) {
        try (InputStream in = file.getInputStream()) {
            StoredImages.Stored image = images.store(in, uploader);
            return new OrderPhoto(image.id(), image.width(), image.height());
        } catch (ImageRejected e) {
            throw ServiceOrderRefused.at("photos", "services.photos.rejected", name(file), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded photo " + name(file), e);
        }
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "?";
        }
        // a name is the sender's to choose: only so much of it goes into a message
        String clean = name.strip();
        return clean.length() > 60 ? clean.substring(0, 59) + "…" : clean;
    }
}

package org.kepu.content.video;

import java.util.List;

/**
 * Objects of the store nothing points at any more once the transaction commits, such as the
 * renditions and source a replaced file made obsolete.
 */
record ObsoleteMedia(List<String> blobPrefixes, List<String> blobKeys) {

    ObsoleteMedia {
        blobPrefixes = List.copyOf(blobPrefixes);
        blobKeys = List.copyOf(blobKeys);
    }
}

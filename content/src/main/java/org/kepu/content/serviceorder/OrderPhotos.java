package org.kepu.content.serviceorder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The photos of orders, added in the transaction of the step that brings them. */
@Component
class OrderPhotos {

    private final JdbcClient jdbc;

    OrderPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long orderId, List<OrderPhoto> photos, String by, Instant at) {
        for (OrderPhoto photo : photos) {
            jdbc.sql("insert into service_order_photo (order_id, image_id, width, height, added_by, added_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(orderId, photo.imageId(), photo.width(), photo.height(), by, Timestamp.from(at))
                    .update();
        }
    }

    int count(long orderId) {
        return jdbc.sql("select count(*) from service_order_photo where order_id = ?")
                .param(orderId)
                .query(Integer.class)
                .single();
    }

    List<OrderPhoto> of(long orderId) {
        return jdbc.sql("select image_id, width, height from service_order_photo where order_id = ?"
                        + " order by added_at, image_id")
                .param(orderId)
                .query((rs, n) -> new OrderPhoto(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }
}

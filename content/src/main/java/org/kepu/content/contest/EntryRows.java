package org.kepu.content.contest;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads entry rows; one place for the column list. */
final class EntryRows {

    static final String COLUMNS = "e.id, e.contest_id, e.creator_id, e.anon_code, e.title, e.summary, e.group_code,"
            + " e.category_code, e.unit, e.town_code, e.team_members, e.minor, e.guardian_name, e.guardian_consent,"
            + " e.originality, e.video_id, e.cover_key, e.status, e.return_reason, e.vote_count, e.created_at,"
            + " e.updated_at, e.submitted_at";

    private EntryRows() {}

    static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getLong("id"),
                rs.getLong("contest_id"),
                (Long) rs.getObject("creator_id", Long.class),
                rs.getString("anon_code"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("group_code"),
                rs.getString("category_code"),
                rs.getString("unit"),
                rs.getString("town_code"),
                rs.getString("team_members"),
                rs.getBoolean("minor"),
                rs.getString("guardian_name"),
                rs.getBoolean("guardian_consent"),
                rs.getBoolean("originality"),
                (Long) rs.getObject("video_id", Long.class),
                rs.getString("cover_key"),
                EntryStatus.valueOf(rs.getString("status")),
                rs.getString("return_reason"),
                rs.getLong("vote_count"),
                Contests.instant(rs, "created_at"),
                Contests.instant(rs, "updated_at"),
                Contests.instant(rs, "submitted_at"));
    }
}

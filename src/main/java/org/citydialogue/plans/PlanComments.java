package org.citydialogue.plans;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citydialogue.identity.StaffUser;
import org.citydialogue.platform.EventChannel;
import org.citydialogue.tenancy.SharedStore;
import org.springframework.stereotype.Service;

/**
 * Comment threads on plan items, with @mentions: writing {@code @li.agent} (a member's user name)
 * leaves that member a notice, and their open screens on any node are told at once.
 */
@Service
public class PlanComments {

    static final String MENTION_TOPIC = "plan-mention";
    private static final Pattern MENTION = Pattern.compile("@([\\p{L}\\p{N}._-]+)");

    private final SharedStore store;
    private final PlanAccess access;
    private final PlanUpdates updates;
    private final EventChannel channel;

    PlanComments(SharedStore store, PlanAccess access, PlanUpdates updates, EventChannel channel) {
        this.store = store;
        this.access = access;
        this.updates = updates;
        this.channel = channel;
    }

    public List<PlanComment> thread(StaffUser reader, String partnershipId, String itemType, long itemId) {
        access.requireMember(reader, partnershipId);
        Map<Long, List<Participant>> mentioned = new java.util.HashMap<>();
        List<Participant> members = access.participants(partnershipId);
        store.jdbc().query("""
                select m.comment_id, m.tenant_id, m.subject from plan_mention m join plan_comment c on c.id = m.comment_id
                where c.partnership_id = ? and c.item_type = ? and c.item_id = ?
                """, row -> {
                    String tenant = row.getString(2);
                    String subject = row.getString(3);
                    long comment = row.getLong(1);
                    members.stream().filter(p -> p.tenantId().equals(tenant) && p.subject().equals(subject))
                            .findFirst().ifPresent(p -> mentioned.computeIfAbsent(comment, id -> new ArrayList<>()).add(p));
                }, partnershipId, itemType, itemId);
        return store.jdbc().query("""
                select * from plan_comment where partnership_id = ? and item_type = ? and item_id = ?
                order by created_at, id
                """, (row, n) -> new PlanComment(row.getLong("id"), itemType, itemId,
                        new Participant(row.getString("author_tenant"), row.getString("author_subject"),
                                row.getString("author_name")), row.getString("body"),
                        row.getTimestamp("created_at").toInstant(), mentioned.getOrDefault(row.getLong("id"), List.of())),
                partnershipId, itemType, itemId);
    }

    /** Adds a comment as {@code author}; each member it @mentions gets a notice. */
    public PlanComment add(StaffUser author, String partnershipId, String itemType, long itemId, String body) {
        access.requireMember(author, partnershipId);
        if (body == null || body.isBlank() || body.length() > 4000) {
            throw new PlanEditException("plans.error.comment-length");
        }
        Participant writer = access.member(partnershipId, author.tenantId(), author.username());
        List<Participant> mentioned = mentioned(partnershipId, body);
        long id = store.inTransaction(() -> {
            long commentId = store.jdbc().queryForObject("""
                    insert into plan_comment (partnership_id, item_type, item_id, author_tenant, author_subject,
                        author_name, body) values (?, ?, ?, ?, ?, ?, ?) returning id
                    """, Long.class, partnershipId, itemType, itemId, writer.tenantId(), writer.subject(),
                    writer.name(), body.strip());
            for (Participant member : mentioned) {
                store.jdbc().update("insert into plan_mention (comment_id, partnership_id, tenant_id, subject)"
                        + " values (?, ?, ?, ?)", commentId, partnershipId, member.tenantId(), member.subject());
            }
            return commentId;
        });
        updates.announce(partnershipId);
        mentioned.forEach(member -> channel.publish(MENTION_TOPIC, member.tenantId() + ":" + member.subject()));
        return new PlanComment(id, itemType, itemId, writer, body.strip(), java.time.Instant.now(), mentioned);
    }

    /** The signed-in member's unread mentions, newest first, across their partnerships. */
    public List<Mention> unread(StaffUser reader) {
        return store.jdbc().query("""
                select c.id, c.partnership_id, c.item_type, c.item_id, c.author_name, left(c.body, 120) as excerpt,
                    c.created_at
                from plan_mention m join plan_comment c on c.id = m.comment_id
                where m.tenant_id = ? and m.subject = ? and m.read_at is null order by c.created_at desc
                """, (row, n) -> new Mention(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getString(5), row.getString(6), row.getTimestamp(7).toInstant()),
                reader.tenantId(), reader.username());
    }

    public void markRead(StaffUser reader, long commentId) {
        store.jdbc().update("update plan_mention set read_at = now() where comment_id = ? and tenant_id = ?"
                + " and subject = ? and read_at is null", commentId, reader.tenantId(), reader.username());
    }

    /** Calls {@code onMention} (another thread, no tenant bound) when someone mentions this member. */
    public Registration onMention(String tenantId, String subject, Runnable onMention) {
        String me = tenantId + ":" + subject;
        return channel.subscribe(MENTION_TOPIC, payload -> {
            if (payload.equals(me)) {
                onMention.run();
            }
        });
    }

    private List<Participant> mentioned(String partnershipId, String body) {
        List<Participant> members = access.participants(partnershipId);
        List<Participant> found = new ArrayList<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[.]+$", "");
            members.stream().filter(m -> m.subject().equals(name) && !found.contains(m)).forEach(found::add);
        }
        return found;
    }
}

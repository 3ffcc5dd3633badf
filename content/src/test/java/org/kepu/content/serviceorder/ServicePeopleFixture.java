package org.kepu.content.serviceorder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * The people of the services' tests: a town's 实践所, another town's, a team and its volunteers, a
 * remote village, and orders taken from placed to completed through the real steps.
 */
final class ServicePeopleFixture {

    static final String TOWN = "ejinhoro";
    static final String OTHER_TOWN = "jasag";

    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final ServiceStaff town;
    final ServiceStaff otherTown;
    final ServiceStaff team;
    final ServiceStaff otherTeam;
    final long teamId;
    final long otherTeamId;
    final ServiceDirectory.Place remoteVillage;
    final ServiceDirectory.Place community;
    private final ServiceOrders orders;

    ServicePeopleFixture(ServiceOrders orders, ServiceDirectory directory) {
        this.orders = orders;
        teamId = directory.addTeam("反诈宣讲队" + suffix, TOWN, null, Instant.now()).id();
        otherTeamId =
                directory.addTeam("义诊队" + suffix, TOWN, null, Instant.now()).id();
        remoteVillage = directory.addPlace(TOWN, "远村" + suffix, "嘎查", true);
        community = directory.addPlace(TOWN, "近社区" + suffix, "社区", false);
        town = new ServiceStaff("town-" + suffix, Set.of(TOWN), Set.of(), Set.of(), false);
        otherTown = new ServiceStaff("other-" + suffix, Set.of(OTHER_TOWN), Set.of(), Set.of(), false);
        team = new ServiceStaff("team-" + suffix, Set.of(), Set.of(), Set.of(teamId), false);
        otherTeam = new ServiceStaff("team2-" + suffix, Set.of(), Set.of(), Set.of(otherTeamId), false);
    }

    /** An order of the town, placed and taken by the team, not yet completed. */
    long accepted(String topic, ServiceDirectory.Place place) {
        ServiceOrders.Placed placed = orders.place(new NewServiceOrder(
                topic + suffix, null, TOWN, place.id(), null, "elderly", 40, "周末上午", "张大爷", "13800138000", true));
        orders.dispatchToTeam(placed.id(), teamId, null, town);
        orders.accept(placed.id(), "王警官、李老师", LocalDate.now(ZoneId.of("Asia/Shanghai")), team);
        return placed.id();
    }

    /** The same, completed with {@code attendance}. */
    long completed(String topic, ServiceDirectory.Place place, int attendance) {
        long id = accepted(topic, place);
        orders.complete(id, attendance, "讲解了常见骗局。", team);
        return id;
    }

    String token(long id) {
        return orders.view(id, town).order().getTrackingToken();
    }
}

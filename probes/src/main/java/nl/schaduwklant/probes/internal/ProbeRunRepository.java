package nl.schaduwklant.probes.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.scheduler.Channel;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProbeRunRepository extends JpaRepository<ProbeRun, UUID> {

	boolean existsBySlotId(UUID slotId);

	Optional<ProbeRun> findBySlotId(UUID slotId);

	boolean existsByToken(String token);

	Optional<ProbeRun> findByToken(String token);

	/**
	 * The probes due by {@code now}, earliest first; of those due at the same moment, the
	 * ones whose answer comes later by e-mail (e-mail, contact form) before the ones
	 * answered while they are held (chat): their wait for the answer then runs while the
	 * chats are held, instead of after them.
	 * @param now the moment
	 * @param limit how many at most
	 * @return the due probes in the order they should be contacted
	 */
	@Query("select new nl.schaduwklant.probes.internal.DueProbe(p.id, p.channel) from ProbeRun p where p.state = nl.schaduwklant.probes.ProbeState.DUE and p.dueAt <= :now"
			+ " order by p.dueAt, case when p.channel in (nl.schaduwklant.scheduler.Channel.EMAIL, nl.schaduwklant.scheduler.Channel.CONTACT_FORM) then 0 else 1 end, p.id")
	List<DueProbe> findDue(Instant now, Limit limit);

	@Query("select p.id from ProbeRun p where p.state = nl.schaduwklant.probes.ProbeState.AWAITING_RESPONSE and p.channel = :channel and p.deadlineAt < :before order by p.id")
	List<UUID> findExpiredIds(Channel channel, Instant before);

	@Query("select p.id from ProbeRun p where p.state = nl.schaduwklant.probes.ProbeState.FAILED and p.retryAt <= :now order by p.id")
	List<UUID> findRetryableIds(Instant now);

	@Query("select p.id from ProbeRun p where p.state = nl.schaduwklant.probes.ProbeState.SENDING and p.claimedBy = :node")
	List<UUID> findSendingIds(String node);

	List<ProbeRun> findByCampaignIdOrderBySectorAscOrganisationNameAscScenarioTitleAsc(UUID campaignId);

	List<ProbeRun> findByStateOrderByDueAtAsc(ProbeState state);

	List<ProbeRun> findByChannelAndContactedAtAfterOrderByContactedAtDesc(nl.schaduwklant.scheduler.Channel channel,
			java.time.Instant since);

	@Query("select p.state, count(p) from ProbeRun p where p.campaignId = :campaignId group by p.state")
	List<Object[]> countByState(UUID campaignId);

	@Query("select count(p) from ProbeRun p where p.campaignId = :campaignId and (p.state in :settled or (p.state = nl.schaduwklant.probes.ProbeState.FAILED and p.retryAt is null))")
	long countSettled(UUID campaignId, Collection<ProbeState> settled);

	@Query("select p from ProbeRun p where p.targetAddress = :address and p.subjectKey = :subjectKey and p.contactedAt is not null order by p.contactedAt desc")
	List<ProbeRun> findBySenderAndSubject(String address, String subjectKey);

	@Query("select p from ProbeRun p where p.targetDomain = :domain and p.subjectKey = :subjectKey and p.contactedAt is not null order by p.contactedAt desc")
	List<ProbeRun> findBySenderDomainAndSubject(String domain, String subjectKey);

}

package nl.schaduwklant.scheduler;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * A campaign to define: every organisation is asked every scenario on every channel.
 *
 * @param name its name
 * @param organisationIds the organisations to probe
 * @param scenarioIds the questions to ask
 * @param channels the channels to use
 * @param replyDeadline how long an organisation has to reply (ISO-8601, e.g.
 * {@code P7D}); seven days when absent
 * @param resolutionThreshold the resolution score (0–1) at or above which a probe counts
 * as resolved; 1 (every fact) when absent
 * @param consultantNumber makes the campaign's calls consultant-assisted: the platform
 * rings this number (E.164) first and bridges the consultant to each organisation, one
 * call at a time; absent, the calls are followed by their audio alone
 */
public record NewCampaign(@NotBlank @Size(max = 200) String name,
		@NotEmpty @Size(max = 5000) List<@NotNull UUID> organisationIds,
		@NotEmpty @Size(max = 100) List<@NotNull UUID> scenarioIds, @NotEmpty Set<@NotNull Channel> channels,
		@DurationMin(seconds = 1) Duration replyDeadline,
		@DecimalMin("0.0") @DecimalMax("1.0") Double resolutionThreshold,
		@Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "{PhoneEndpoint.number}") String consultantNumber) {

	/** The reply deadline when a campaign states none. */
	public static final Duration DEFAULT_REPLY_DEADLINE = Duration.ofDays(7);

	public NewCampaign {
		organisationIds = (organisationIds != null) ? List.copyOf(organisationIds) : List.of();
		scenarioIds = (scenarioIds != null) ? List.copyOf(scenarioIds) : List.of();
		channels = (channels != null) ? Set.copyOf(channels) : Set.of();
		replyDeadline = (replyDeadline != null) ? replyDeadline : DEFAULT_REPLY_DEADLINE;
		resolutionThreshold = (resolutionThreshold != null) ? resolutionThreshold : 1.0;
		consultantNumber = (consultantNumber != null && !consultantNumber.isBlank()) ? consultantNumber.strip() : null;
	}

	public NewCampaign(String name, List<UUID> organisationIds, List<UUID> scenarioIds, Set<Channel> channels,
			Duration replyDeadline, Double resolutionThreshold) {
		this(name, organisationIds, scenarioIds, channels, replyDeadline, resolutionThreshold, null);
	}

}

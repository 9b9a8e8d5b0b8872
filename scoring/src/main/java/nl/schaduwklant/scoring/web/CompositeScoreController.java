package nl.schaduwklant.scoring.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schaduwklant.scheduler.OrganisationScope;
import nl.schaduwklant.scoring.composite.CampaignScores;
import nl.schaduwklant.scoring.composite.ChannelScore;
import nl.schaduwklant.scoring.composite.ScoreWeights;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A campaign's composite channel scores (a client: its own organisation's) and the
 * weights they are computed with.
 */
@RestController
class CompositeScoreController {

	private final CampaignScores scores;

	CompositeScoreController(CampaignScores scores) {
		this.scores = scores;
	}

	@GetMapping("/api/campaigns/{id}/composite-scores")
	List<ChannelScore> scores(@PathVariable UUID id, OrganisationScope scope) {
		return this.scores.scores(id).stream().filter((score) -> scope.includes(score.organisationId())).toList();
	}

	@GetMapping("/api/campaigns/{id}/score-weights")
	ScoreWeights weights(@PathVariable UUID id) {
		return this.scores.weights(id);
	}

	@PutMapping("/api/campaigns/{id}/score-weights")
	ScoreWeights setWeights(@PathVariable UUID id, @Valid @RequestBody ScoreWeights weights, Principal consultant) {
		if (weights.total() == 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at least one weight above 0");
		}
		return this.scores.setWeights(id, weights, consultant.getName());
	}

}

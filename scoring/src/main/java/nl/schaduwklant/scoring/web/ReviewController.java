package nl.schaduwklant.scoring.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schaduwklant.scoring.review.ReviewDecision;
import nl.schaduwklant.scoring.review.ReviewItem;
import nl.schaduwklant.scoring.review.ReviewOutcome;
import nl.schaduwklant.scoring.review.ReviewQueue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue: the doubtful measurements, and a consultant's decision on one (who
 * decided is the caller).
 */
@RestController
class ReviewController {

	private final ReviewQueue queue;

	ReviewController(ReviewQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/api/review-queue")
	List<ReviewItem> open(@RequestParam(required = false) UUID campaignId) {
		return this.queue.open(campaignId);
	}

	@PostMapping("/api/review-queue/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	ReviewOutcome decide(@Valid @RequestBody ReviewDecision decision, Principal consultant) {
		return this.queue.decide(decision, consultant.getName());
	}

	@GetMapping("/api/probes/{id}/decisions")
	List<ReviewOutcome> decisions(@PathVariable UUID id) {
		return this.queue.decisions(id);
	}

}

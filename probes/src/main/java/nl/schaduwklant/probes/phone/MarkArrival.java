package nl.schaduwklant.probes.phone;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stamps a consultant's mark with the moment it reached this node, before anything else
 * runs: checking the consultant's password takes tens of milliseconds (more on a busy
 * node), and a mark counts at its receipt.
 */
class MarkArrival extends OncePerRequestFilter {

	/** The request attribute holding the {@link Instant} of arrival. */
	static final String ATTRIBUTE = MarkArrival.class.getName() + ".at";

	private final Clock clock;

	MarkArrival(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(ATTRIBUTE, this.clock.instant());
		chain.doFilter(request, response);
	}

	/**
	 * @param request a request
	 * @param clock the clock, when the request was not stamped
	 * @return when it arrived
	 */
	static Instant of(HttpServletRequest request, Clock clock) {
		Object at = request.getAttribute(ATTRIBUTE);
		return (at instanceof Instant instant) ? instant : clock.instant();
	}

}

package org.tawasul.vigilance.api;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tawasul.platform.DomainException;
import org.tawasul.platform.web.ApiProblems;
import org.tawasul.vigilance.cases.VigilanceProperties;
import org.tawasul.vigilance.monitoring.IncomingItem;
import org.tawasul.vigilance.monitoring.Intake;
import org.tawasul.vigilance.monitoring.IntakeResult;

/**
 * The collectors' intake: a batch of items in, one result per item out, in the same order. Items are checked one by
 * one: a malformed item is rejected with its reasons while the others are stored (nothing good is lost for one bad
 * item); a whole-request problem (not JSON, empty, too many items, too large) is a problem document.
 */
@RestController
@Tag(name = "Monitoring", description = "Items from external collectors, for digital vigilance")
class MonitoringApi {

	private final Intake intake;

	private final ItemChecks checks;

	private final VigilanceProperties properties;

	private final ApiProblems problems;

	private final MessageSource messages;

	private final Clock clock;

	MonitoringApi(Intake intake, ItemChecks checks, VigilanceProperties properties, ApiProblems problems,
			MessageSource messages, Clock clock) {
		this.intake = intake;
		this.checks = checks;
		this.properties = properties;
		this.problems = problems;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param status {@code created}, {@code duplicate} (sent before: nothing changed) or {@code rejected}
	 * @param flags why the item was flagged (watch-list reason, severe category)
	 * @param errors for a rejected item, what is wrong, in the caller's language
	 */
	record ItemResult(@Nullable String sourceItemId, String status, @Nullable UUID itemId, @Nullable UUID groupId,
			@Nullable Integer severity, List<Map<String, String>> flags, List<String> errors) {
	}

	record BatchResult(int created, int duplicates, int rejected, List<ItemResult> results) {
	}

	@PostMapping(path = "/api/v1/monitoring/items", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Send monitored items",
			description = "Idempotent by (collector, sourceItemId). Each item is grouped by rumour, flagged and may raise "
					+ "or grow an alert. See docs/monitoring.md.",
			security = @SecurityRequirement(name = "collectorToken"))
	BatchResult ingest(@RequestBody ItemBatch batch, Principal collector) {
		List<ItemBatch.@Nullable Item> items = batch.items();
		if (items == null || items.isEmpty()) {
			throw new DomainException(HttpStatus.BAD_REQUEST, "vigilance.api.empty-batch");
		}
		if (items.size() > properties.ingest().maxBatch()) {
			throw new DomainException(HttpStatus.CONTENT_TOO_LARGE, "vigilance.api.batch-too-big",
					String.valueOf(properties.ingest().maxBatch()));
		}
		Instant now = clock.instant();
		Locale locale = LocaleContextHolder.getLocale();
		List<IncomingItem> valid = new ArrayList<>(items.size());
		ItemResult[] results = new ItemResult[items.size()];
		int[] validIndex = new int[items.size()];
		for (int i = 0; i < items.size(); i++) {
			ItemBatch.@Nullable Item item = items.get(i);
			List<String> errors = new ArrayList<>();
			IncomingItem incoming = item == null ? null : checks.check(item, collector.getName(), now, errors, locale);
			if (incoming == null) {
				if (errors.isEmpty()) {
					errors.add(text("vigilance.api.item-missing", locale));
				}
				results[i] = new ItemResult(item == null ? null : item.sourceItemId(), "rejected", null, null, null,
						List.of(), errors);
			}
			else {
				validIndex[valid.size()] = i;
				valid.add(incoming);
			}
		}
		List<IntakeResult> stored = valid.isEmpty() ? List.of() : intake.ingest(valid);
		int created = 0;
		int duplicates = 0;
		for (int k = 0; k < stored.size(); k++) {
			IntakeResult r = stored.get(k);
			results[validIndex[k]] = new ItemResult(r.sourceItemId(), r.duplicate() ? "duplicate" : "created",
					r.itemId(), r.groupId(), r.severity(), r.flags().stream().map(f -> {
						Map<String, String> flag = new LinkedHashMap<>();
						flag.put("kind", f.kind());
						flag.put("category", f.category());
						flag.put("reason", f.reason().isEmpty() ? text("vigilance.flag." + f.kind(), locale) : f.reason());
						if (f.term() != null) {
							flag.put("term", f.term());
						}
						return flag;
					}).toList(), List.of());
			if (r.duplicate()) {
				duplicates++;
			}
			else {
				created++;
			}
		}
		return new BatchResult(created, duplicates, items.size() - stored.size(), List.of(results));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex;
		while (cause != null) {
			if (cause instanceof DomainException domain) {
				return ResponseEntity.status(domain.status())
					.body(problems.problem(domain.status(), domain.messageKey(), domain.arguments()));
			}
			cause = cause.getCause();
		}
		return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "vigilance.api.not-json"));
	}
}

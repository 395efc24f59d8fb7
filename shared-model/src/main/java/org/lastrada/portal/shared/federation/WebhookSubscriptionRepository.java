package org.lastrada.portal.shared.federation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookSubscriptionRepository extends JpaRepository<WebhookSubscription, Long> {

    List<WebhookSubscription> findAllByOrderByNameAscIdAsc();

    List<WebhookSubscription> findByActiveTrue();
}

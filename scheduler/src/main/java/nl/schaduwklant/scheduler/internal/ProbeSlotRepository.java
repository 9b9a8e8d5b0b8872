package nl.schaduwklant.scheduler.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProbeSlotRepository extends JpaRepository<ProbeSlot, UUID> {

}

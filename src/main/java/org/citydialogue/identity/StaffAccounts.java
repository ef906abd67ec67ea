package org.citydialogue.identity;

import org.springframework.data.jpa.repository.JpaRepository;

/** Staff accounts of the current tenant: the tenant data source decides which store that is. */
interface StaffAccounts extends JpaRepository<StaffAccount, String> {
}

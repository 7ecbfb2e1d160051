SELECT COUNT(*) AS row_count,
  COUNT(*) FILTER (WHERE 1 = 1) AS d1,
  COUNT(*) FILTER (WHERE NOT (cccd IS NOT NULL AND TRIM(CAST(cccd AS VARCHAR)) <> '')) AS f1,
  COUNT(q_k2) AS d2,
  COUNT(*) FILTER (WHERE q_k2 = 1) AS f2_1,
  COUNT(*) FILTER (WHERE q_k2 = 2) AS f2_2,
  COUNT(*) FILTER (WHERE q_k2 = 3) AS f2_3,
  COUNT(*) FILTER (WHERE q_k2 = 4) AS f2_4,
  COUNT(*) FILTER (WHERE q_k2 = 5) AS f2_5,
  COUNT(*) FILTER (WHERE q_k2 = 6) AS f2_6,
  MIN(CAST(cccd AS VARCHAR)) FILTER (WHERE q_k2 = 1) AS x2_1,
  MIN(CAST(cccd AS VARCHAR)) FILTER (WHERE q_k2 = 2) AS x2_2,
  MIN(CAST(cccd AS VARCHAR)) FILTER (WHERE q_k2 = 3) AS x2_3,
  MIN(CAST(cccd AS VARCHAR)) FILTER (WHERE q_k2 = 4) AS x2_4,
  MIN(CAST(cccd AS VARCHAR)) FILTER (WHERE q_k2 = 5) AS x2_5,
  MIN(CAST(cccd AS VARCHAR)) FILTER (WHERE q_k2 = 6) AS x2_6,
  COUNT(*) FILTER (WHERE (cccd IS NOT NULL AND TRIM(CAST(cccd AS VARCHAR)) <> '')) AS d3,
  MAX(u3.g) AS g3,
  MAX(u3.r) AS r3,
  MAX(u3.e) AS e3,
  COUNT(q_k4) AS d4,
  COUNT(*) FILTER (WHERE q_k4 = 1) AS f4_1,
  COUNT(*) FILTER (WHERE q_k4 = 2) AS f4_2,
  MIN(CAST(cccd AS VARCHAR)) FILTER (WHERE q_k4 = 1) AS x4_1,
  MIN(CAST(cccd AS VARCHAR)) FILTER (WHERE q_k4 = 2) AS x4_2,
  COUNT(q_k5) AS d5,
  COUNT(*) FILTER (WHERE q_k5 = 1) AS f5_1,
  COUNT(*) FILTER (WHERE q_k5 = 2) AS f5_2,
  COUNT(*) FILTER (WHERE q_k5 = 3) AS f5_3,
  COUNT(*) FILTER (WHERE q_k5 = 4) AS f5_4,
  MIN(CAST(full_name AS VARCHAR)) FILTER (WHERE q_k5 = 1) AS x5_1,
  MIN(CAST(full_name AS VARCHAR)) FILTER (WHERE q_k5 = 2) AS x5_2,
  MIN(CAST(full_name AS VARCHAR)) FILTER (WHERE q_k5 = 3) AS x5_3,
  MIN(CAST(full_name AS VARCHAR)) FILTER (WHERE q_k5 = 4) AS x5_4,
  COUNT(q_k6) AS d6,
  COUNT(*) FILTER (WHERE q_k6 = 1) AS f6_1,
  MIN(CAST(full_name AS VARCHAR)) FILTER (WHERE q_k6 = 1) AS x6_1,
  COUNT(q_k7) AS d7,
  COUNT(*) FILTER (WHERE q_k7 = 1) AS f7_1,
  COUNT(*) FILTER (WHERE q_k7 = 2) AS f7_2,
  COUNT(*) FILTER (WHERE q_k7 = 3) AS f7_3,
  MIN(CAST(tax_code AS VARCHAR)) FILTER (WHERE q_k7 = 1) AS x7_1,
  MIN(CAST(tax_code AS VARCHAR)) FILTER (WHERE q_k7 = 2) AS x7_2,
  MIN(CAST(tax_code AS VARCHAR)) FILTER (WHERE q_k7 = 3) AS x7_3,
  COUNT(q_k8) AS d8,
  COUNT(*) FILTER (WHERE q_k8 = 1) AS f8_1,
  COUNT(*) FILTER (WHERE q_k8 = 2) AS f8_2,
  MIN(CAST(phone AS VARCHAR)) FILTER (WHERE q_k8 = 1) AS x8_1,
  MIN(CAST(phone AS VARCHAR)) FILTER (WHERE q_k8 = 2) AS x8_2,
  COUNT(q_k9) AS d9,
  COUNT(*) FILTER (WHERE q_k9 = 1) AS f9_1,
  COUNT(*) FILTER (WHERE q_k9 = 2) AS f9_2,
  MIN(CAST(landline AS VARCHAR)) FILTER (WHERE q_k9 = 1) AS x9_1,
  MIN(CAST(landline AS VARCHAR)) FILTER (WHERE q_k9 = 2) AS x9_2,
  COUNT(q_k10) AS d10,
  COUNT(*) FILTER (WHERE q_k10 = 1) AS f10_1,
  COUNT(*) FILTER (WHERE q_k10 = 2) AS f10_2,
  MIN(CAST(email AS VARCHAR)) FILTER (WHERE q_k10 = 1) AS x10_1,
  MIN(CAST(email AS VARCHAR)) FILTER (WHERE q_k10 = 2) AS x10_2,
  COUNT(*) FILTER (WHERE 1 = 1) AS d11,
  COUNT(*) FILTER (WHERE NOT (email IS NOT NULL)) AS f11,
  COUNT(*) FILTER (WHERE status IS NOT NULL AND TRIM(CAST(status AS VARCHAR)) <> '') AS d12,
  COUNT(*) FILTER (WHERE status IS NOT NULL AND TRIM(CAST(status AS VARCHAR)) <> '' AND TRIM(CAST(status AS VARCHAR)) NOT IN ('ACTIVE', 'MOVED', 'DECEASED')) AS f12,
  MIN(CAST(status AS VARCHAR)) FILTER (WHERE status IS NOT NULL AND TRIM(CAST(status AS VARCHAR)) <> '' AND TRIM(CAST(status AS VARCHAR)) NOT IN ('ACTIVE', 'MOVED', 'DECEASED')) AS x12_1,
  MAX(CAST(status AS VARCHAR)) FILTER (WHERE status IS NOT NULL AND TRIM(CAST(status AS VARCHAR)) <> '' AND TRIM(CAST(status AS VARCHAR)) NOT IN ('ACTIVE', 'MOVED', 'DECEASED')) AS x12_2,
  COUNT(*) FILTER (WHERE birth_date IS NOT NULL) AS d13,
  COUNT(*) FILTER (WHERE birth_date IS NOT NULL AND (birth_date > CAST('2026-11-01' AS DATE))) AS f13,
  MIN(CAST(birth_date AS VARCHAR)) FILTER (WHERE birth_date IS NOT NULL AND (birth_date > CAST('2026-11-01' AS DATE))) AS x13_1,
  MAX(CAST(birth_date AS VARCHAR)) FILTER (WHERE birth_date IS NOT NULL AND (birth_date > CAST('2026-11-01' AS DATE))) AS x13_2,
  COUNT(q_k14) AS d14,
  COUNT(*) FILTER (WHERE q_k14 = 1) AS f14_1,
  COUNT(*) FILTER (WHERE q_k14 = 2) AS f14_2,
  COUNT(*) FILTER (WHERE q_k14 = 3) AS f14_3,
  COUNT(*) FILTER (WHERE q_k14 = 4) AS f14_4,
  MIN(CAST(province_code AS VARCHAR)) FILTER (WHERE q_k14 = 1) AS x14_1,
  MIN(CAST(province_code AS VARCHAR)) FILTER (WHERE q_k14 = 2) AS x14_2,
  MIN(CAST(province_code AS VARCHAR)) FILTER (WHERE q_k14 = 3) AS x14_3,
  MIN(CAST(province_code AS VARCHAR)) FILTER (WHERE q_k14 = 4) AS x14_4,
  COUNT(q_k15) AS d15,
  COUNT(*) FILTER (WHERE q_k15 = 1) AS f15_1,
  COUNT(*) FILTER (WHERE q_k15 = 2) AS f15_2,
  COUNT(*) FILTER (WHERE q_k15 = 3) AS f15_3,
  COUNT(*) FILTER (WHERE q_k15 = 4) AS f15_4,
  MIN(CAST(commune_code AS VARCHAR)) FILTER (WHERE q_k15 = 1) AS x15_1,
  MIN(CAST(commune_code AS VARCHAR)) FILTER (WHERE q_k15 = 2) AS x15_2,
  MIN(CAST(commune_code AS VARCHAR)) FILTER (WHERE q_k15 = 3) AS x15_3,
  MIN(CAST(commune_code AS VARCHAR)) FILTER (WHERE q_k15 = 4) AS x15_4,
  COUNT(q_k16) AS d16,
  COUNT(*) FILTER (WHERE q_k16 = 1) AS f16_1,
  COUNT(*) FILTER (WHERE q_k16 = 2) AS f16_2,
  COUNT(*) FILTER (WHERE q_k16 = 3) AS f16_3,
  MIN(CAST(commune_code AS VARCHAR)) FILTER (WHERE q_k16 = 1) AS x16_1,
  MIN(CAST(commune_code AS VARCHAR)) FILTER (WHERE q_k16 = 2) AS x16_2,
  MIN(CAST(commune_code AS VARCHAR)) FILTER (WHERE q_k16 = 3) AS x16_3,
  COUNT(*) FILTER (WHERE updated_at IS NOT NULL) AS d17,
  COUNT(*) FILTER (WHERE updated_at IS NOT NULL AND updated_at < CAST('2026-10-02' AS DATE)) AS f17,
  MIN(CAST(updated_at AS VARCHAR)) FILTER (WHERE updated_at IS NOT NULL AND updated_at < CAST('2026-10-02' AS DATE)) AS x17_1,
  MAX(CAST(updated_at AS VARCHAR)) FILTER (WHERE updated_at IS NOT NULL AND updated_at < CAST('2026-10-02' AS DATE)) AS x17_2,
  MAX(updated_at) AS n17,
  COUNT(q_k18) AS d18,
  COUNT(*) FILTER (WHERE q_k18 = 1) AS f18_1,
  COUNT(*) FILTER (WHERE q_k18 = 2) AS f18_2,
  MIN(CAST(household_no AS VARCHAR)) FILTER (WHERE q_k18 = 1) AS x18_1,
  MIN(CAST(household_no AS VARCHAR)) FILTER (WHERE q_k18 = 2) AS x18_2,
  COUNT(q_k19) AS d19,
  COUNT(*) FILTER (WHERE q_k19 = 1) AS f19_1,
  MIN(CAST(household_no AS VARCHAR)) FILTER (WHERE q_k19 = 1) AS x19_1
FROM (SELECT src.*,
    CASE
      WHEN NOT (cccd IS NOT NULL AND TRIM(CAST(cccd AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(cccd AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(cccd AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN NOT ((OCTET_LENGTH(CAST(cccd AS VARCHAR)) = 12 AND BTRIM(CAST(cccd AS VARCHAR), '0123456789') = '')) THEN 2
      WHEN SUBSTR(CAST(cccd AS VARCHAR), 1, 3) NOT IN (/* 63 codes */) THEN 3
      WHEN birth_date IS NOT NULL AND (CAST(DATE_PART('year', birth_date) AS INTEGER) < 1900 OR 50 * ((ASCII(SUBSTR(CAST(cccd AS VARCHAR), 4, 1)) - 48) - MOD((ASCII(SUBSTR(CAST(cccd AS VARCHAR), 4, 1)) - 48), 2)) <> (CAST(DATE_PART('year', birth_date) AS INTEGER) - 1900) - MOD(CAST(DATE_PART('year', birth_date) AS INTEGER) - 1900, 100)) THEN 4
      WHEN birth_date IS NOT NULL AND (ASCII(SUBSTR(CAST(cccd AS VARCHAR), 5, 1)) - 48) * 10 + (ASCII(SUBSTR(CAST(cccd AS VARCHAR), 6, 1)) - 48) <> MOD(CAST(DATE_PART('year', birth_date) AS INTEGER), 100) THEN 5
      WHEN (MOD((ASCII(SUBSTR(CAST(cccd AS VARCHAR), 4, 1)) - 48), 2) = 0 AND UPPER(CAST(gender AS VARCHAR)) IN ('F', 'FEMALE', 'NU', 'NỮ') OR MOD((ASCII(SUBSTR(CAST(cccd AS VARCHAR), 4, 1)) - 48), 2) = 1 AND UPPER(CAST(gender AS VARCHAR)) IN ('M', 'MALE', 'NAM')) THEN 6 ELSE 0 END AS q_k2,
    CASE
      WHEN NOT (cccd IS NOT NULL AND TRIM(CAST(cccd AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(cccd AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(cccd AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN NOT ((OCTET_LENGTH(CAST(cccd AS VARCHAR)) = 12 AND BTRIM(CAST(cccd AS VARCHAR), '0123456789') = '')) THEN 2 ELSE 0 END AS q_k4,
    CASE
      WHEN NOT (full_name IS NOT NULL AND TRIM(CAST(full_name AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(full_name AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(full_name AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN NOT (CAST(full_name AS VARCHAR) IS NFC NORMALIZED) THEN 2
      WHEN CAST(full_name AS VARCHAR) ~ '[0-9]' THEN 3
      WHEN NOT (CAST(full_name AS VARCHAR) ~ '^[[:alpha:]]+( [[:alpha:]]+)*$') THEN 4 ELSE 0 END AS q_k5,
    CASE
      WHEN NOT (full_name IS NOT NULL AND TRIM(CAST(full_name AS VARCHAR)) <> '') THEN NULL
      WHEN NOT (CAST(full_name AS VARCHAR) IS NFC NORMALIZED) THEN 1 ELSE 0 END AS q_k6,
    CASE
      WHEN NOT (tax_code IS NOT NULL AND TRIM(CAST(tax_code AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(tax_code AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(tax_code AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN NOT (CAST(tax_code AS VARCHAR) ~ '^[0-9]{10}(-?[0-9]{3})?$') THEN 2
      WHEN MOD(31 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 1, 1)) - 48) + 29 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 2, 1)) - 48) + 23 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 3, 1)) - 48) + 19 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 4, 1)) - 48) + 17 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 5, 1)) - 48) + 13 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 6, 1)) - 48) + 7 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 7, 1)) - 48) + 5 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 8, 1)) - 48) + 3 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 9, 1)) - 48), 11) = 0 OR (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 10, 1)) - 48) <> 10 - MOD(31 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 1, 1)) - 48) + 29 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 2, 1)) - 48) + 23 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 3, 1)) - 48) + 19 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 4, 1)) - 48) + 17 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 5, 1)) - 48) + 13 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 6, 1)) - 48) + 7 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 7, 1)) - 48) + 5 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 8, 1)) - 48) + 3 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 9, 1)) - 48), 11) THEN 3
      WHEN LENGTH(CAST(tax_code AS VARCHAR)) > 10 AND RIGHT(CAST(tax_code AS VARCHAR), 3) = '000' THEN 2 ELSE 0 END AS q_k7,
    CASE
      WHEN NOT (phone IS NOT NULL AND TRIM(CAST(phone AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(phone AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(phone AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN NOT (CAST(phone AS VARCHAR) ~ E'^(0|\\+84)(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])[0-9]{7}$') THEN 2 ELSE 0 END AS q_k8,
    CASE
      WHEN NOT (landline IS NOT NULL AND TRIM(CAST(landline AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(landline AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(landline AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN NOT (CAST(landline AS VARCHAR) ~ E'^(0|\\+84)2[0-9]{9}$') THEN 2 ELSE 0 END AS q_k9,
    CASE
      WHEN NOT (email IS NOT NULL AND TRIM(CAST(email AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(email AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(email AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN NOT (CAST(email AS VARCHAR) ~ E'^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$') THEN 2 ELSE 0 END AS q_k10,
    CASE
      WHEN NOT (province_code IS NOT NULL AND TRIM(CAST(province_code AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(province_code AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(province_code AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN NOT ((OCTET_LENGTH(CAST(province_code AS VARCHAR)) = 2 AND BTRIM(CAST(province_code AS VARCHAR), '0123456789') = '')) THEN 2
      WHEN CAST(province_code AS VARCHAR) IN (/* 29 codes */) AND NOT (COALESCE(updated_at, CAST('2026-11-01' AS DATE)) < CAST('2025-07-01' AS DATE)) THEN 3
      WHEN NOT (CAST(province_code AS VARCHAR) IN (/* 29 codes */)) AND CAST(province_code AS VARCHAR) NOT IN (/* 34 codes */) THEN 4 ELSE 0 END AS q_k14,
    CASE
      WHEN NOT (commune_code IS NOT NULL AND TRIM(CAST(commune_code AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(commune_code AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(commune_code AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN NOT ((OCTET_LENGTH(CAST(commune_code AS VARCHAR)) = 5 AND BTRIM(CAST(commune_code AS VARCHAR), '0123456789') = '')) THEN 2
      WHEN ref_commune_code.province IS NULL AND ref_commune_code.legacy = 1 AND NOT (COALESCE(updated_at, CAST('2026-11-01' AS DATE)) < CAST('2025-07-01' AS DATE)) THEN 3
      WHEN ref_commune_code.code IS NULL THEN 4 ELSE 0 END AS q_k15,
    CASE
      WHEN NOT (commune_code IS NOT NULL AND TRIM(CAST(commune_code AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(commune_code AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(commune_code AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN ref_commune_code.province IS NULL THEN 2
      WHEN TRIM(CAST(province_code AS VARCHAR)) <> '' AND TRIM(CAST(province_code AS VARCHAR)) <> ref_commune_code.province THEN 3 ELSE 0 END AS q_k16,
    CASE
      WHEN NOT (household_no IS NOT NULL AND TRIM(CAST(household_no AS VARCHAR)) <> '') THEN NULL
      WHEN (ASCII(CAST(household_no AS VARCHAR)) IN (9, 10, 13, 32) OR ASCII(RIGHT(CAST(household_no AS VARCHAR), 1)) IN (9, 10, 13, 32)) THEN 1
      WHEN NOT (CAST(household_no AS VARCHAR) ~ '^HK[0-9]{6}$') THEN 2 ELSE 0 END AS q_k18,
    CASE
      WHEN NOT (household_no IS NOT NULL AND TRIM(CAST(household_no AS VARCHAR)) <> '') THEN NULL
      WHEN NOT (BTRIM(CAST(household_no AS VARCHAR), ' ' || CHR(9) || CHR(13) || CHR(10)) ~ '^HK[0-9]{6}$') THEN 1 ELSE 0 END AS q_k19 FROM citizen src
  LEFT JOIN (VALUES /* 10062 reference rows */) AS ref_commune_code(code, province, legacy) ON ref_commune_code.code = CAST(commune_code AS VARCHAR) OFFSET 0) src
CROSS JOIN (SELECT COUNT(*) AS g, COALESCE(SUM(c), 0) AS r,
  MIN(k) AS e FROM (SELECT cccd AS k,
  COUNT(*) AS c FROM citizen WHERE (cccd IS NOT NULL AND TRIM(CAST(cccd AS VARCHAR)) <> '') GROUP BY cccd HAVING COUNT(*) > 1) x3) u3

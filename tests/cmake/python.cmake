# Python: the package (bindings/python) installed into a venv with pip from
# Debian's python3 (the python3 on PATH may be another interpreter that cannot
# see Debian's dask), then its pytest suites.
# Needs python3-venv, python3-pip, python3-setuptools, python3-pytest,
# python3-dask, python3-distributed (.ci/setup.sh).
if(TARGET baiviet_cli AND TARGET baiviet_shared)
  set(BAIVIET_PYTHON /usr/bin/python3)
  set(BAIVIET_PY_VENV ${PROJECT_BINARY_DIR}/python-venv)
  set(BAIVIET_PY_ENV
    "BAIVIET_CLI=$<TARGET_FILE:baiviet_cli>"
    "BAIVIET_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "BAIVIET_SHARED_DIR=${BAIVIET_SHARED_DIR}"
    "PYTHONDONTWRITEBYTECODE=1")
  set(BAIVIET_PYTEST -m pytest -q -p no:cacheprovider --rootdir=${PROJECT_SOURCE_DIR}/tests/python)

  add_test(NAME python_install
    COMMAND bash ${PROJECT_SOURCE_DIR}/tests/python/install.sh ${BAIVIET_PY_VENV}
            $<TARGET_FILE:baiviet_shared> ${PROJECT_SOURCE_DIR})
  set_tests_properties(python_install PROPERTIES FIXTURES_SETUP python_venv TIMEOUT 300 LABELS python)

  add_test(NAME python_api
    COMMAND /usr/bin/env ${BAIVIET_PY_VENV}/bin/python ${BAIVIET_PYTEST}
            ${PROJECT_SOURCE_DIR}/tests/python/test_api.py ${PROJECT_SOURCE_DIR}/tests/python/test_types.py
            ${PROJECT_SOURCE_DIR}/tests/python/test_cli_parity.py
    WORKING_DIRECTORY ${PROJECT_BINARY_DIR})
  set_tests_properties(python_api PROPERTIES FIXTURES_REQUIRED python_venv ENVIRONMENT "${BAIVIET_PY_ENV}"
    TIMEOUT 900 LABELS python)

  add_test(NAME python_dask
    COMMAND /usr/bin/env ${BAIVIET_PY_VENV}/bin/python ${BAIVIET_PYTEST} ${PROJECT_SOURCE_DIR}/tests/python/test_dask.py
    WORKING_DIRECTORY ${PROJECT_BINARY_DIR})
  set_tests_properties(python_dask PROPERTIES FIXTURES_REQUIRED python_venv ENVIRONMENT "${BAIVIET_PY_ENV}"
    TIMEOUT 600 LABELS "python;dask")
endif()
